from django.urls import path

from . import api, openapi

app_name = "api"

urlpatterns = [
    path("services/", api.service_list, name="services"),
    path("services/<int:pk>/", api.service_detail, name="service-detail"),
    path("nodes/", api.node_list, name="nodes"),
    path("organisations/", api.organisation_list, name="organisations"),
    path("openapi.json", openapi.schema, name="schema"),
]
