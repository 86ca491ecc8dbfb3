"""System checks of search."""

from django.core.checks import Warning


def voikko_available(app_configs=None, **kwargs):
    """Finnish search needs Voikko; without it search works, but worse."""
    from .analysis import finnish

    analyzer = finnish()
    if analyzer.has_voikko:
        return []
    return [
        Warning(
            "Voikko is not available, so Finnish search does not understand consonant "
            "gradation or compound words and gives no spelling suggestions.",
            hint=(
                "Install the Debian packages libvoikko1 and voikko-fi (./dev does it when run "
                "as root), then run manage.py rebuild_search_index. "
                f"The error was: {analyzer.error}"
            ),
            id="services.W001",
        )
    ]
