"""
Signals that keep search documents current: a service, its keywords, its palvelupuu
nodes, its provider, a node, a bulletin board, folder, post or attachment changes, and the
documents made of it are refreshed in the same transaction. (A scheduled post that comes
due, or an advert that expires, changes no row: bulletin's expire_bulletin_posts command
refreshes those.)
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from taggit.models import Tag

from bulletin.models import Attachment, Board, Folder, Post

from ..models import EnglishKeyword, FinnishKeyword, Node, Organisation, Service, SwedishKeyword
from .documents import schedule

KEYWORD_MODELS = (FinnishKeyword, SwedishKeyword, EnglishKeyword)


def subtree_ids(node):
    """The node and every node below it (the palvelupuu is at most three levels deep)."""
    from django.db.models import Q

    return set(
        Node.objects.filter(Q(pk=node.pk) | Q(parent=node) | Q(parent__parent=node)).values_list(
            "pk", flat=True
        )
    )


def services_of_nodes(node_ids):
    return set(
        Service.nodes.through.objects.filter(node_id__in=node_ids).values_list(
            "service_id", flat=True
        )
    )


def service_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule("service", {instance.pk})


def service_deleted(sender, instance, **kwargs):
    schedule("service", {instance.pk})


def service_relations_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Nodes or keywords added to or removed from services, from either side."""
    if not action.startswith("post_"):
        if action == "pre_clear" and reverse:
            # After the clear the services it touched can no longer be found.
            instance._search_cleared = set(
                sender.objects.filter(**{_owner_field(sender): instance.pk}).values_list(
                    _service_field(sender), flat=True
                )
            )
        return
    if isinstance(instance, Service):
        schedule("service", {instance.pk})
    elif action == "post_clear":
        schedule("service", getattr(instance, "_search_cleared", set()))
    elif model is Service and pk_set:
        schedule("service", pk_set)


def _service_field(through):
    return "service_id" if through is Service.nodes.through else "content_object_id"


def _owner_field(through):
    return "node_id" if through is Service.nodes.through else "tag_id"


def node_saved(sender, instance, raw=False, **kwargs):
    """A node's name is in its own document, its subtree's and its services'."""
    if raw:
        return
    below = subtree_ids(instance)
    schedule("node", below)
    schedule("service", services_of_nodes(below))


def node_deleting(sender, instance, **kwargs):
    instance._search_services = services_of_nodes({instance.pk})


def node_deleted(sender, instance, **kwargs):
    schedule("node", {instance.pk})
    schedule("service", getattr(instance, "_search_services", set()))


def organisation_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule("service", set(instance.services.values_list("pk", flat=True)))


def tag_saved(sender, instance, raw=False, **kwargs):
    """A keyword renamed: every service that has it."""
    if raw:
        return
    ids = set()
    for through in KEYWORD_MODELS:
        ids |= set(through.objects.filter(tag=instance).values_list("content_object_id", flat=True))
    schedule("service", ids)


def board_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule("board", {instance.pk})
        # Its posts' documents carry the board's name.
        schedule("post", set(instance.posts.values_list("pk", flat=True)))


def folder_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule("post", set(instance.posts.values_list("pk", flat=True)))


def post_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule("post", {instance.pk})


def attachment_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule("post", {instance.post_id})


def connect():
    uid = "services.search"
    post_save.connect(service_saved, sender=Service, dispatch_uid=f"{uid}.service")
    post_delete.connect(service_deleted, sender=Service, dispatch_uid=f"{uid}.service")
    for through in (Service.nodes.through, *KEYWORD_MODELS):
        m2m_changed.connect(
            service_relations_changed, sender=through, dispatch_uid=f"{uid}.{through.__name__}"
        )
    post_save.connect(node_saved, sender=Node, dispatch_uid=f"{uid}.node")
    pre_delete.connect(node_deleting, sender=Node, dispatch_uid=f"{uid}.node")
    post_delete.connect(node_deleted, sender=Node, dispatch_uid=f"{uid}.node")
    post_save.connect(organisation_saved, sender=Organisation, dispatch_uid=f"{uid}.organisation")
    post_save.connect(tag_saved, sender=Tag, dispatch_uid=f"{uid}.tag")
    post_save.connect(board_changed, sender=Board, dispatch_uid=f"{uid}.board")
    post_delete.connect(board_changed, sender=Board, dispatch_uid=f"{uid}.board")
    post_save.connect(folder_changed, sender=Folder, dispatch_uid=f"{uid}.folder")
    post_save.connect(post_changed, sender=Post, dispatch_uid=f"{uid}.post")
    post_delete.connect(post_changed, sender=Post, dispatch_uid=f"{uid}.post")
    post_save.connect(attachment_changed, sender=Attachment, dispatch_uid=f"{uid}.attachment")
    post_delete.connect(attachment_changed, sender=Attachment, dispatch_uid=f"{uid}.attachment")
