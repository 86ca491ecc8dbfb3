"""
Following a board by e-mail, with double opt-in: the subscribe form, the page that
confirms, and the page that stops a subscription, both reached by the token in the mail.
The form answers the same whether an address already follows or not, and only the address,
the frequency, the language and the times are stored. The mail itself is in mail.py.
"""

import logging
import smtplib

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.generic import FormView, TemplateView

from . import mail
from .forms import SubscriptionForm
from .models import Board, Subscription
from .services import subscription_request

logger = logging.getLogger(__name__)


def annotate_follower_counts(boards):
    """
    Boards with follower_count: the addresses that follow the board or one of its folders
    with a confirmed subscription, each address once. The reach that replaces likes.
    """
    return boards.annotate(
        follower_count=Count(
            "subscriptions__email",
            filter=Q(subscriptions__confirmed_at__isnull=False),
            distinct=True,
        )
    )


class SubscribeView(FormView):
    """A board's subscribe form; on success a page that asks the person to check the mail."""

    form_class = SubscriptionForm
    template_name = "bulletin/following/subscribe.html"

    def dispatch(self, request, *args, **kwargs):
        self.board = get_object_or_404(Board, slug=kwargs["board"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "board": self.board}

    def get_context_data(self, **kwargs):
        return super().get_context_data(board=self.board, **kwargs)

    def form_valid(self, form):
        data = form.cleaned_data
        if not form.is_spam:
            try:
                subscription_request(
                    board=self.board,
                    folder=data["folder"],
                    email=data["email"],
                    frequency=data["frequency"],
                    language=get_language(),
                    base_url=mail.site_url(self.request),
                )
            except (smtplib.SMTPException, OSError):
                logger.exception("The confirmation mail of a bulletin subscription failed")
                form.add_error(
                    None,
                    _(
                        "Viestin lähettäminen ei onnistunut juuri nyt. "
                        "Yritä hetken kuluttua uudelleen."
                    ),
                )
                return self.form_invalid(form)
        # The same page whether the address was new, unconfirmed or already following.
        return render(
            self.request,
            "bulletin/following/subscribe_sent.html",
            {"board": self.board, "folder": data["folder"], "email": data["email"]},
        )


class SubscriptionTokenView(TemplateView):
    """
    A page reached by the token in a mail. A token that matches no subscription (already
    stopped, or a link copied only in part) gets a friendly page with status 404.
    """

    def dispatch(self, request, *args, **kwargs):
        self.subscription = (
            Subscription.objects.select_related("board", "folder")
            .filter(token=kwargs["token"])
            .first()
        )
        problem = self.problem()
        if problem:
            return TemplateResponse(
                request,
                "bulletin/following/link_problem.html",
                {
                    "problem": problem,
                    "subscription": self.subscription,
                    "valid_days": mail.CONFIRMATION_VALID.days,
                },
                status=404 if problem == "unknown" else 410,
            )
        return super().dispatch(request, *args, **kwargs)

    def problem(self) -> str:
        """Why the link cannot be used: "unknown", or "" when it can."""
        return "unknown" if self.subscription is None else ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(subscription=self.subscription, **kwargs)


class ConfirmView(SubscriptionTokenView):
    """
    The page of the confirmation link: a button that confirms. Mail scanners open links
    to check them, so GET only shows the page and only the button's POST confirms.
    """

    template_name = "bulletin/following/confirm.html"

    def problem(self) -> str:
        problem = super().problem()
        if problem:
            return problem
        if self.subscription.confirmed_at:
            return "confirmed"
        if self.subscription.created_at <= timezone.now() - mail.CONFIRMATION_VALID:
            return "expired"
        return ""

    def post(self, request, *args, **kwargs):
        # Conditional, so that a double click or two tabs confirm once.
        Subscription.objects.filter(pk=self.subscription.pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        return render(
            request,
            "bulletin/following/confirmed.html",
            {"subscription": self.subscription},
        )


@method_decorator(csrf_exempt, name="dispatch")
class UnsubscribeView(SubscriptionTokenView):
    """
    The page of the unsubscribe link: GET shows one button, its POST removes the
    subscription. Mail clients' one-click unsubscribe (RFC 8058) POSTs
    "List-Unsubscribe=One-Click" to the same address without a CSRF token.
    """

    template_name = "bulletin/following/unsubscribe.html"

    def post(self, request, *args, **kwargs):
        # Only the exact RFC 8058 body skips the CSRF check; the page's own form keeps it.
        # Skipping it is safe there: the secret is the token in the URL, which whoever can
        # make this request already holds, and all it can do is stop this subscription.
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return self.unsubscribe(request)
        return csrf_protect(self.unsubscribe)(request)

    def unsubscribe(self, request):
        self.subscription.delete()
        return render(
            request,
            "bulletin/following/unsubscribed.html",
            {"subscription": self.subscription},
        )
