from django.core.management.base import BaseCommand, CommandError

from services.ptv import PtvError, ptv_import, read_ptv_file


class Command(BaseCommand):
    help = (
        "Import services and service channels from Suomi.fi Palvelutietovaranto (PTV) Open API "
        "v11 JSON files: one object, a list or a page of them per file. Every file is checked "
        "whole first; a malformed file is refused and nothing from it is saved, the other files "
        "are imported, and the command then exits with an error. Services and channels are "
        "matched by PTV id, and links between them may cross files."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="PTV JSON file")

    def handle(self, *args, **options):
        files, refused = [], []
        for path in options["paths"]:
            try:
                parsed = read_ptv_file(path)
            except PtvError as error:
                refused.append(path)
                for message in error.messages:
                    self.stderr.write(message)
                self.stderr.write(self.style.ERROR(f"{path}: refused, nothing imported from it."))
                continue
            files.append(parsed)
            if options["verbosity"] > 1:
                self.stdout.write(
                    f"{path}: {len(parsed.services)} services, {len(parsed.channels)} channels"
                )

        report = ptv_import(files=files)

        for message in report.notices:
            self.stdout.write(message)
        for message in report.failed:
            self.stderr.write(self.style.ERROR(message))
        if options["verbosity"] > 0:
            for label, counts in (
                ("Organisations", report.organisations),
                ("Channels", report.channels),
                ("Services", report.services),
                ("Links", report.links),
            ):
                line = (
                    f"{label}: {counts.created} created, {counts.updated} updated, "
                    f"{counts.unchanged} unchanged, {counts.skipped} skipped"
                )
                if label == "Links":
                    line += f", {counts.removed} removed"
                self.stdout.write(line)
        if report.unplaced:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(report.unplaced)} imported services are on no palvelupuu node, so no "
                    "node page shows them until staff place them in the admin:"
                )
            )
            for service in report.unplaced:
                self.stdout.write(f"  {service.name} ({service.slug})")

        failed = len(refused) + len(report.failed)
        if failed:
            raise CommandError(
                f"Files not imported: {failed} of {len(options['paths'])}. See the messages above."
            )
