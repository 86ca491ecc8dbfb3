from django.core.management.base import BaseCommand

from services.search import rebuild
from services.search.analysis import analyzer_name


class Command(BaseCommand):
    help = (
        "Brings the search documents of every service, palvelupuu node and bulletin board "
        "up to date and recounts the vocabulary. Run it after installing or upgrading Voikko; "
        "running it again changes nothing."
    )

    def handle(self, *args, **options):
        written = rebuild()
        self.stdout.write(
            f"Search index is up to date ({written} documents written, Finnish analysed "
            f"with {analyzer_name()})."
        )
