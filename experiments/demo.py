"""Demo content of the experiments app, in the spirit of the LAPE agile experiments."""

import datetime

from perhekeskus.demo import sync_object

from .models import Experiment

EXPERIMENTS = [
    {
        "name": "Perhekeskuksen tiedotteet yhteen kanavaan",
        "area": "Kuusilahti",
        "start_month": datetime.date(2026, 1, 1),
        "end_month": datetime.date(2026, 6, 1),
        "period_text": "",
        "team_name": "Perhekeskus Pikku-Veturin tiimi",
        "status": Experiment.Status.PERMANENT,
    },
    {
        "name": "Koulun sosiaalityö iltapäivisin",
        "area": "Kuusilahti, Järvelä",
        "start_month": None,
        "end_month": None,
        "period_text": "lukuvuosi 2026–27",
        "team_name": "Koulukuraattorit",
        "status": Experiment.Status.RUNNING,
    },
]


def load(*, users):
    experiments = []
    for data in EXPERIMENTS:
        values = {key: value for key, value in data.items() if key != "name"}
        values["project_manager"] = users["hankepaallikko"]
        experiments.append(sync_object(Experiment, {"name": data["name"]}, values))
    # The demo coordinator belongs to the first team only, so the second shows what
    # another team's coordinator cannot see.
    experiments[0].coordinators.add(users["koordinaattori"])
    return experiments
