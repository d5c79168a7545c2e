"""Demo sign-ins and the facilitators' group; created only where settings.DEMO_CONTENT_ALLOWED is true."""

# Printed by the command and documented for testers; never valid outside a demo database.
DEMO_PASSWORD = "codev-demo"  # noqa: S105

FACILITATOR_GROUP = "Fasilitaattorit"

# The demo facilitator's authenticator key, in the base32 that apps take. Facilitators must use
# two-step sign-in; `manage.py demo_totp_code` prints the current code, or add this key to an app.
DEMO_TOTP_SECRET = "MALLIPAJAFASILITAATTORIDEMOKOODI"  # noqa: S105
DEMO_TOTP_USERS = {"facilitator"}

# (username, first name, email, what the user can do)
DEMO_USERS = [
    (
        "facilitator",
        "Fasilitaattori",
        "facilitator@example.org",
        "Wagtail-hallinta: lisää, muokkaa ja julkaisee toimintamalleja ja kokonaisuuksia; "
        "ylläpitää alueita, kohderyhmiä ja sanastoa",
    ),
    (
        "professional",
        "Ammattilainen",
        "professional@example.org",
        "kirjautunut ammattilainen ilman hallintaoikeuksia (yhteiskehittämiseen osallistuva)",
    ),
    (
        "expert",
        "Kokemusasiantuntija",
        "expert@example.org",
        "kirjautunut kokemusasiantuntija ilman hallintaoikeuksia (yhteiskehittämiseen osallistuva)",
    ),
]

# Page permissions the facilitators get on the library and on the project index.
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]

# (app label, model name) of the snippets the facilitators keep up to date.
SNIPPET_MODELS = [
    ("models_library", "region"),
    ("models_library", "targetgroup"),
    ("models_library", "tagtranslation"),
    ("models_library", "glossaryterm"),
]
SNIPPET_ACTIONS = ["add", "change", "delete"]

# Attachments and images in model descriptions are chosen from the collections.
COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
]
