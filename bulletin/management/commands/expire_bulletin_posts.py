"""
Unpublish expired bulletin posts (adverts); monthly programmes and past events stay in the
archive. Also brings search up to date with posts whose publishing time has come. Run it
on a schedule, for example every 15 minutes from cron:

    */15 * * * *  cd /srv/perhekeskus && .venv/bin/python manage.py expire_bulletin_posts
"""

from django.core.management.base import BaseCommand

from bulletin.services import posts_expire, posts_sync_search


class Command(BaseCommand):
    help = (
        "Unpublishes bulletin posts past their last day unless their folder keeps them, "
        "and indexes posts whose publishing time has come. Safe to run again."
    )

    def handle(self, *args, **options):
        expired = posts_expire()
        for post in expired:
            self.stdout.write(f"  expired: {post.board} – {post} ({post.pk})")
        refreshed = posts_sync_search()
        self.stdout.write(
            f"{len(expired)} post(s) expired, search refreshed for {refreshed} post(s)."
        )
