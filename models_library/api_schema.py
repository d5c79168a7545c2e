"""The OpenAPI 3.0 description of the open-data API (models_library.api), served at /api/v1/openapi.json."""

from django.conf import settings

from models_library.models import Stage

API_VERSION = "1.0.0"


def nullable(schema):
    return {**schema, "nullable": True}


STRING = {"type": "string"}
URL = {"type": "string", "format": "uri"}
INTEGER = {"type": "integer"}
DATE_TIME = {"type": "string", "format": "date-time"}
STAGE = {"type": "string", "enum": list(Stage.values)}
LANGUAGE = {"type": "string", "enum": [code for code, _name in settings.LANGUAGES]}
SLUG = {"type": "string", "pattern": r"^[-\w]+$"}

SCHEMAS = {
    "Error": {
        "type": "object",
        "required": ["error", "status"],
        "properties": {"error": STRING, "status": INTEGER, "fields": {"type": "object"}},
    },
    "Index": {
        "type": "object",
        "required": ["name", "version", "links"],
        "properties": {
            "name": STRING,
            "version": STRING,
            "description": STRING,
            "links": {
                "type": "object",
                "required": ["models", "openapi"],
                "properties": {"models": URL, "openapi": URL},
            },
            "model_filters": {"type": "array", "items": STRING},
        },
    },
    "VersionSummary": {
        "type": "object",
        "required": ["number", "correction", "label", "is_pilot", "published_at", "stage", "url", "api_url"],
        "properties": {
            "number": INTEGER,
            "correction": INTEGER,
            "label": STRING,
            "is_pilot": {"type": "boolean"},
            "published_at": DATE_TIME,
            "stage": STAGE,
            "change_note": STRING,
            "url": URL,
            "api_url": URL,
        },
    },
    "Translation": {
        "type": "object",
        "required": ["language", "id", "title", "url", "api_url"],
        "properties": {"language": LANGUAGE, "id": INTEGER, "title": STRING, "url": URL, "api_url": URL},
    },
    "ModelSummary": {
        "type": "object",
        "required": ["id", "title", "lead", "stage", "language", "url", "api_url", "current_version", "translations"],
        "properties": {
            "id": INTEGER,
            "title": STRING,
            "lead": STRING,
            "stage": STAGE,
            "language": LANGUAGE,
            "last_published_at": nullable(DATE_TIME),
            "url": URL,
            "api_url": URL,
            "current_version": nullable({"$ref": "#/components/schemas/VersionSummary"}),
            "translations": {"type": "array", "items": {"$ref": "#/components/schemas/Translation"}},
        },
    },
    "ModelList": {
        "type": "object",
        "required": ["count", "next", "results"],
        "properties": {
            "count": INTEGER,
            "next": nullable(URL),
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/ModelSummary"}},
        },
    },
    "ModelDetail": {
        "allOf": [
            {"$ref": "#/components/schemas/ModelSummary"},
            {
                "type": "object",
                "required": ["versions"],
                "properties": {"versions": {"type": "array", "items": {"$ref": "#/components/schemas/VersionSummary"}}},
            },
        ]
    },
    "Version": {
        "allOf": [
            {"$ref": "#/components/schemas/VersionSummary"},
            {
                "type": "object",
                "required": ["model_id", "title", "lead", "facts", "sections"],
                "properties": {
                    "model_id": INTEGER,
                    "title": STRING,
                    "lead": STRING,
                    "facts": {"type": "object"},
                    "sections": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["key", "title", "group", "blocks"],
                            "properties": {
                                "key": STRING,
                                "title": STRING,
                                "group": STRING,
                                "blocks": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["id", "type", "text", "html"],
                                        "properties": {
                                            "id": nullable(STRING),
                                            "type": STRING,
                                            "text": STRING,
                                            "html": STRING,
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        ]
    },
}


def json_response(description, schema):
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


ERRORS = {
    "404": json_response("No such object, page of results or address, or a filter names nothing.", "Error"),
    "405": json_response("Only GET and HEAD are supported.", "Error"),
}


def query(name, schema, description, **extra):
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description, **extra}


def path_id(name, description):
    return {
        "name": name,
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "minimum": 1},
        "description": description,
    }


MODEL_FILTERS = [
    query("q", {"type": "string", "maxLength": 200}, "Search words (Finnish and Swedish forms of a word match)."),
    query(
        "stage", {"type": "array", "items": STAGE}, "Development stage; repeat for several.", style="form", explode=True
    ),
    query("region", SLUG, "Slug of a wellbeing services county."),
    query("target_group", SLUG, "Slug of a target group."),
    query("tag", SLUG, "Slug of a tag."),
    query("project", SLUG, "Slug of a project page."),
    query("updated_since", DATE_TIME, "Only models published at or after this moment (ISO 8601)."),
    query("language", LANGUAGE, "Only models written in this language."),
    query("page", {"type": "integer", "minimum": 1}, "Page of results, 50 a page."),
]


def openapi_document():
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Mallipaja open data",
            "version": API_VERSION,
            "description": "Published operational models (toimintamallit), every published version and its sections, "
            "in the structure of Innokylä. Read-only; every answer, errors included, is JSON.",
        },
        "paths": {
            "/api/v1/": {
                "get": {
                    "operationId": "index",
                    "summary": "What the API offers",
                    "responses": {"200": json_response("The index.", "Index"), **ERRORS},
                }
            },
            "/api/v1/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This description",
                    "responses": {
                        "200": {"description": "The OpenAPI description.", "content": {"application/json": {}}},
                        **ERRORS,
                    },
                }
            },
            "/api/v1/models/": {
                "get": {
                    "operationId": "listModels",
                    "summary": "Published models, by title, with filters that combine",
                    "parameters": MODEL_FILTERS,
                    "responses": {
                        "200": json_response("A page of models.", "ModelList"),
                        "400": json_response("A filter's value is not valid.", "Error"),
                        **ERRORS,
                    },
                }
            },
            "/api/v1/models/{id}/": {
                "get": {
                    "operationId": "getModel",
                    "summary": "A published model and all its versions",
                    "parameters": [path_id("id", "The model's id.")],
                    "responses": {"200": json_response("The model.", "ModelDetail"), **ERRORS},
                }
            },
            "/api/v1/models/{id}/versions/{number}/": {
                "get": {
                    "operationId": "getVersion",
                    "summary": "One version of a model as published, section by section",
                    "parameters": [
                        path_id("id", "The model's id."),
                        path_id("number", "The version number."),
                        query(
                            "correction",
                            {"type": "integer", "minimum": 0},
                            "A specific correction; the latest if left out.",
                        ),
                    ],
                    "responses": {
                        "200": json_response("The version.", "Version"),
                        "400": json_response("The correction is not a number.", "Error"),
                        **ERRORS,
                    },
                }
            },
        },
        "components": {"schemas": SCHEMAS},
    }
