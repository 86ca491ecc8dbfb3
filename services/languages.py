"""The languages family services are given in: reference data every installation needs."""

# (code, Finnish, Swedish, English), in the order they are offered on forms.
LANGUAGES = [
    ("fi", "suomi", "finska", "Finnish"),
    ("sv", "ruotsi", "svenska", "Swedish"),
    ("en", "englanti", "engelska", "English"),
    ("se", "pohjoissaame", "nordsamiska", "Northern Sámi"),
    ("smn", "inarinsaame", "enaresamiska", "Inari Sámi"),
    ("sms", "koltansaame", "skoltsamiska", "Skolt Sámi"),
    ("fit", "meänkieli", "meänkieli", "Meänkieli"),
    ("rom", "romani", "romani", "Romani"),
    ("fse", "suomalainen viittomakieli", "finskt teckenspråk", "Finnish Sign Language"),
    ("ru", "venäjä", "ryska", "Russian"),
    ("uk", "ukraina", "ukrainska", "Ukrainian"),
    ("et", "viro", "estniska", "Estonian"),
    ("ar", "arabia", "arabiska", "Arabic"),
    ("so", "somali", "somaliska", "Somali"),
    ("fa", "persia", "persiska", "Persian"),
    ("ku", "kurdi", "kurdiska", "Kurdish"),
]


def ensure_languages(language_model):
    """Create the languages that are missing; existing rows, maybe edited by staff, stay."""
    existing = set(language_model.objects.values_list("code", flat=True))
    language_model.objects.bulk_create(
        language_model(code=code, order=order, name=fi, name_fi=fi, name_sv=sv, name_en=en)
        for order, (code, fi, sv, en) in enumerate(LANGUAGES)
        if code not in existing
    )
