from django.conf import settings
from django.urls import reverse
from django.utils import translation


class AdminLanguageMiddleware:
    """
    Staff pages are in Finnish unless the staff member has chosen another language
    (the language cookie set by the switcher in the admin header). The browser's
    Accept-Language, which LocaleMiddleware uses elsewhere, is not enough here:
    the municipality's working language is Finnish.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = reverse("admin:index")

    def __call__(self, request):
        if request.path.startswith(self.admin_prefix):
            chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
            available = {code for code, _name in settings.LANGUAGES}
            language = chosen if chosen in available else settings.LANGUAGE_CODE
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
