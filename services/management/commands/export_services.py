import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from services.api import LANGUAGE_CODES, published_services, serialize_service

DEVELOPMENT_URL = "http://127.0.0.1:8000"


class Command(BaseCommand):
    help = (
        "Writes every published service as JSON: the same items as /api/v1/services/ "
        'gives, all at once, as {"count": …, "results": […]}.'
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--lang",
            choices=LANGUAGE_CODES,
            default=settings.LANGUAGE_CODE,
            help="Language of the texts and page URLs (default: %(default)s).",
        )
        parser.add_argument(
            "--output", metavar="PATH", help="File to write; standard output if not given."
        )
        parser.add_argument(
            "--base-url",
            metavar="URL",
            help=(
                "Address of the site for the services' page URLs, for example "
                f"https://perhekeskus.example.fi. Needed when DEBUG is off; with DEBUG "
                f"the default is the development server, {DEVELOPMENT_URL}."
            ),
        )

    def handle(self, *args, lang, output, base_url, **options):
        if not base_url:
            if not settings.DEBUG:
                raise CommandError(
                    "Give the site's address for the page URLs, for example "
                    "--base-url https://perhekeskus.example.fi"
                )
            base_url = DEVELOPMENT_URL
        base_url = base_url.rstrip("/")
        with translation.override(lang):
            results = [
                serialize_service(service, absolute_url=lambda path: f"{base_url}{path}")
                for service in published_services(lang)
            ]
        text = json.dumps({"count": len(results), "results": results}, ensure_ascii=False, indent=2)
        if output is None:
            self.stdout.write(text)
            return
        try:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text + "\n")
        except OSError as error:
            raise CommandError(f"Could not write {output}: {error.strerror}") from error
        self.stdout.write(f"Wrote {len(results)} services to {output}.")
