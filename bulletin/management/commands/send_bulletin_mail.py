"""
Send the bulletin boards' mail to their followers: program changes as soon as they are
public, then the weekly digests; also removes subscriptions never confirmed. Publishing
sends nothing itself, so that it never waits for the mail server. Run it on a schedule,
for example every 10 minutes from cron:

    */10 * * * *  cd /srv/perhekeskus && .venv/bin/python manage.py send_bulletin_mail

Safe to run again, and two runs at once do not send a mail twice (on PostgreSQL).
"""

from contextlib import nullcontext

from django.conf import settings
from django.core.mail import mailers
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from bulletin import mail


class Command(BaseCommand):
    help = (
        "Mails new program changes to followers who want them at once, sends the weekly "
        "digests that are due, and removes subscriptions never confirmed in time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only tell what would be sent and removed; send and change nothing.",
        )

    def handle(self, *args, dry_run, **options):
        if not dry_run and not settings.DEBUG and not getattr(settings, "SITE_URL", ""):
            raise CommandError(
                "Set SITE_URL, the site's address for the links in the mail, for example "
                "SITE_URL=https://perhekeskus.example.fi"
            )
        base_url = mail.site_url()
        now = timezone.now()
        connection = mailers.default
        # One connection to the mail server for the whole run, and none for a dry run.
        with nullcontext(connection) if dry_run else connection:
            # Program changes first: a digest then leaves out those just mailed.
            changes = mail.program_changes_send(
                connection=connection, base_url=base_url, now=now, dry_run=dry_run
            )
            digests = mail.digests_send(
                connection=connection, base_url=base_url, now=now, dry_run=dry_run
            )
        expired = mail.unconfirmed_expired(now)
        if dry_run:
            removed = expired.count()
        else:
            removed, _by_model = expired.delete()

        would = "Dry run, would send: " if dry_run else ""
        self.stdout.write(
            f"{would}{changes.items} program change(s) to {changes.sent} follower(s), "
            f"{changes.failed} failed; {digests.sent} weekly digest(s) of {digests.items} due, "
            f"{digests.failed} failed; {removed} unconfirmed subscription(s) "
            f"{'to remove' if dry_run else 'removed'}."
        )
        if changes.failed or digests.failed:
            self.stderr.write("Some mail could not be sent; the log tells why.")
