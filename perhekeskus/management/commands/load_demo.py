import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

import bulletin.demo
import experiments.demo
import perhekeskus.demo
import services.demo
from services import search


class Command(BaseCommand):
    help = (
        "Loads demo content for the fictional municipality of Kuusilahti. Running it again "
        "changes nothing. The demo users' password is DEMO_PASSWORD, or generated and printed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load the demo content even though DEBUG is off.",
        )

    def handle(self, *args, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "DEBUG is off, so this looks like a production database. Demo content and "
                "demo users with known passwords do not belong there. If you really want "
                "them, run again with --allow-production."
            )
        password = os.environ.get("DEMO_PASSWORD") or perhekeskus.demo.generate_password()
        # The demo is written mostly in bulk, past the signals that keep the index current,
        # so the index is rebuilt once at the end instead of refreshed object by object.
        with transaction.atomic(), search.deferred(run_pending=False):
            users = perhekeskus.demo.load(password=password)
            services.demo.load(users=users)
            bulletin.demo.load(users=users)
            experiments.demo.load(users=users)
            search.rebuild()

        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
        self.stdout.write("Demo logins (username / password):")
        for username in users:
            self.stdout.write(f"  {username} / {password}")
