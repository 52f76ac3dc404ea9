#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Extract the Zoom operations Roomdesk uses into tests/contract/zoom_contract.json.

The contract tests validate the sandbox's responses and the client's requests with valijson 1.0,
which understands JSON Schema draft 4/7 but not OpenAPI 3.0. This script copies only the
operations we call out of Zoom's own OpenAPI documents, inlines every $ref and rewrites the
OpenAPI-only parts into plain draft-07, so the C++ side never has to know about OpenAPI.

Usage:
    extract_schemas.py [OPENAPI_DOC ...] [-o OUTPUT]

Without documents it reads meetings.json and users.json from ../shared/zoom/openapi relative to
the repository root. The output is deterministic: run it again after Zoom updates its documents
and review the diff.
"""

import argparse
import copy
import hashlib
import json
import pathlib
import re
import sys

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_OPENAPI_DIR = REPO_ROOT.parent / "shared" / "zoom" / "openapi"
DEFAULT_DOCUMENTS = [
    DEFAULT_OPENAPI_DIR / "meetings.json",
    DEFAULT_OPENAPI_DIR / "users.json",
    DEFAULT_OPENAPI_DIR / "meeting-events.json",
]
DEFAULT_OUTPUT = pathlib.Path(__file__).resolve().parent / "zoom_contract.json"

OPERATIONS = [
    "POST /users/{userId}/meetings",
    "GET /users/{userId}/meetings",
    "GET /meetings/{meetingId}",
    "PATCH /meetings/{meetingId}",
    "DELETE /meetings/{meetingId}",
    "PUT /meetings/{meetingId}/status",
    "GET /meetings/{meetingId}/invitation",
    "GET /meetings/{meetingId}/registrants",
    "POST /meetings/{meetingId}/registrants",
    "DELETE /meetings/{meetingId}/registrants/{registrantId}",
    "POST /users/{userId}/webinars",
    "GET /users/{userId}/webinars",
    "GET /webinars/{webinarId}",
    "PATCH /webinars/{webinarId}",
    "DELETE /webinars/{webinarId}",
    "PUT /webinars/{webinarId}/status",
    "GET /webinars/{webinarId}/registrants",
    "GET /past_meetings/{meetingId}",
    "GET /past_meetings/{meetingId}/participants",
    "GET /past_webinars/{webinarId}/participants",
    "GET /report/meetings/{meetingId}/participants",
    "GET /report/webinars/{webinarId}/participants",
    "GET /meetings/{meetingId}/recordings",
    "GET /users/{userId}/recordings",
    "GET /users",
    "GET /users/{userId}",
]

# Keywords that are documentation only, or that valijson would reject or read differently.
# `description` goes too: it is most of the document's size and valijson only stores it.
DROPPED_KEYWORDS = {
    "description",
    "example",
    "examples",
    "xml",
    "externalDocs",
    "deprecated",
    "readOnly",
    "writeOnly",
    "discriminator",
    "nullable",
}

# Keywords whose values are copied as they are: they are data, not sub-schemas, so a property
# called "example" inside an enum value must survive.
VERBATIM_KEYWORDS = {
    "type",
    "format",
    "enum",
    "const",
    "default",
    "required",
    "pattern",
    "title",
    "maxLength",
    "minLength",
    "maximum",
    "minimum",
    "multipleOf",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
}

# Zoom documents `start_time` as date-time but also accepts local "yyyy-MM-ddTHH:mm:ss" plus a
# `timezone` field in requests (ZOOM_API_FACTS §3.3); valijson's date-time demands an offset.
LOCAL_OR_OFFSET_DATE_TIME = (
    r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
    r"(\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$"
)

RATE_LIMIT_RE = re.compile(r"Rate\s+Limit\s+Label", re.IGNORECASE)
RATE_LIMIT_VALUE_RE = re.compile(r"\b(LIGHT|MEDIUM|HEAVY|RESOURCE[-_ ]INTENSIVE)\b", re.IGNORECASE)
WEBHOOK_EVENTS = [
    "meeting.ended",
    "webinar.ended",
    "recording.completed",
    "meeting.participant_joined",
    "meeting.participant_left",
]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class Extractor:
    def __init__(self, name, document, notes):
        self.name = name
        self.document = document
        self.notes = notes
        self.cycles = set()

    def pointer(self, ref):
        if not ref.startswith("#/"):
            raise ValueError(f"{self.name}: external $ref not supported: {ref}")
        node = self.document
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def deref(self, node, seen=()):
        """Follows $refs of OpenAPI objects (parameters, request bodies, responses)."""
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"{self.name}: $ref cycle at {ref}")
            seen = seen + (ref,)
            node = self.pointer(ref)
        return node

    def schema(self, node, request, stack=()):
        """Returns `node` as a self-contained draft-07 schema."""
        if isinstance(node, bool):
            return node
        if not isinstance(node, dict):
            raise ValueError(f"{self.name}: schema expected, got {node!r}")
        if "$ref" in node:
            ref = node["$ref"]
            if ref in stack:
                # A recursive type cannot be inlined; accept anything below the second visit
                # rather than loop, and say so, since it weakens the check.
                self.cycles.add(ref)
                return {}
            # OpenAPI 3.0 ignores $ref siblings (Zoom only puts descriptions there), so drop them too.
            return self.schema(self.pointer(ref), request, stack + (ref,))

        out = {}
        for key, value in node.items():
            if key in DROPPED_KEYWORDS or key.startswith("x-"):
                continue
            if key in ("properties", "patternProperties", "definitions"):
                out[key] = {name: self.schema(sub, request, stack) for name, sub in value.items()}
            elif key in ("items", "additionalItems", "additionalProperties", "not", "contains"):
                if isinstance(value, list):
                    out[key] = [self.schema(sub, request, stack) for sub in value]
                else:
                    out[key] = self.schema(value, request, stack)
            elif key in ("allOf", "anyOf", "oneOf"):
                out[key] = [self.schema(sub, request, stack) for sub in value]
            elif key in VERBATIM_KEYWORDS:
                out[key] = copy.deepcopy(value)
            elif key in ("exclusiveMaximum", "exclusiveMinimum"):
                pass  # handled below together with maximum/minimum
            else:
                # Unknown keyword: keep it, valijson ignores what it does not know.
                out[key] = copy.deepcopy(value)

        # OpenAPI 3.0 (draft-wright-00) has boolean exclusiveMaximum/Minimum; draft-07 wants numbers.
        for bound, exclusive in (("maximum", "exclusiveMaximum"), ("minimum", "exclusiveMinimum")):
            if node.get(exclusive) is True and bound in out:
                out[exclusive] = out.pop(bound)
            elif isinstance(node.get(exclusive), (int, float)) and not isinstance(node.get(exclusive), bool):
                out[exclusive] = node[exclusive]

        # Required keyword in the property itself (`required: true`) is an old Swagger habit that
        # valijson rejects; the OpenAPI meaning is a list of names on the parent.
        if "required" in out and not isinstance(out["required"], list):
            del out["required"]

        if request and out.get("format") == "date-time":
            del out["format"]
            out["pattern"] = LOCAL_OR_OFFSET_DATE_TIME

        if node.get("nullable") is True:
            if "type" in out and "enum" not in out and "format" not in out and "pattern" not in out:
                types = out["type"] if isinstance(out["type"], list) else [out["type"]]
                out["type"] = types + ([] if "null" in types else ["null"])
            else:
                # A null would fail enum or format, so allow it beside the whole schema instead.
                out = {"anyOf": [{"type": "null"}, out]}
        return out

    @staticmethod
    def json_content(content):
        if not content:
            return None
        for media_type in ("application/json", "application/json; charset=utf-8"):
            if media_type in content:
                return content[media_type]
        for media_type, value in content.items():
            if media_type.split(";")[0].strip().endswith("+json"):
                return value
        return None

    def operation(self, path, method):
        path_item = self.deref(self.document["paths"][path])
        op = path_item[method]

        scopes = None
        extensions = op.get("x-extensions")
        if isinstance(extensions, dict) and "x-granular-scopes" in extensions:
            scopes = extensions["x-granular-scopes"]
        elif "x-granular-scopes" in op:
            scopes = op["x-granular-scopes"]
        if scopes is None:
            self.notes.append(f"{method.upper()} {path}: no x-granular-scopes in {self.name}")

        label = None
        description = op.get("description") or ""
        match = RATE_LIMIT_RE.search(description)
        if match:
            value = RATE_LIMIT_VALUE_RE.search(description, match.end(), match.end() + 300)
            if value:
                label = re.sub(r"[-_ ]", "-", value.group(1).upper())
        if label is None:
            self.notes.append(f"{method.upper()} {path}: no rate limit label in the description")

        parameters = {}
        for raw in list(path_item.get("parameters", [])) + list(op.get("parameters", [])):
            param = self.deref(raw)
            if param.get("in") in ("path", "query"):
                # Operation-level parameters override path-level ones with the same name and place.
                parameters[(param["in"], param["name"])] = {
                    "name": param["name"],
                    "in": param["in"],
                    "required": bool(param.get("required", param.get("in") == "path")),
                }

        request_schema = None
        if "requestBody" in op:
            body = self.deref(op["requestBody"])
            content = self.json_content(body.get("content"))
            if content is not None and "schema" in content:
                request_schema = self.schema(content["schema"], request=True)

        responses = {}
        for status, raw in op.get("responses", {}).items():
            response = self.deref(raw)
            content = self.json_content(response.get("content"))
            if content is not None and "schema" in content:
                responses[str(status)] = self.schema(content["schema"], request=False)
            else:
                responses[str(status)] = None

        return {
            "granular_scopes": list(scopes or []),
            "rate_limit_label": label,
            "parameters": list(parameters.values()),
            "request_body_schema": request_schema,
            "responses": responses,
            "schema_source": {
                "document": self.name,
                "title": self.document.get("info", {}).get("title"),
                "version": self.document.get("info", {}).get("version"),
            },
        }


def segments_match(wanted, actual):
    """True when two templates differ only in their placeholder names."""
    a, b = wanted.strip("/").split("/"), actual.strip("/").split("/")
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x.startswith("{") and y.startswith("{"):
            continue
        if x != y:
            return False
    return True


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", nargs="*", type=pathlib.Path, help="OpenAPI 3.0 JSON documents")
    parser.add_argument("-o", "--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    documents = args.documents or DEFAULT_DOCUMENTS

    notes = []
    extractors = []
    sources = {}
    for path in documents:
        raw = path.read_bytes()
        document = json.loads(raw)
        if not str(document.get("openapi", "")).startswith("3.0"):
            notes.append(f"{path.name}: openapi {document.get('openapi')!r}, expected 3.0.x")
        extractors.append(Extractor(path.name, document, notes))
        sources[path.name] = {
            "openapi": document.get("openapi"),
            "title": document.get("info", {}).get("title"),
            "version": document.get("info", {}).get("version"),
            "sha256": hashlib.sha256(raw).hexdigest(),
        }

    contract = {}
    for key in OPERATIONS:
        method, template = key.split(" ", 1)
        method_lc = method.lower()
        found = [e for e in extractors if method_lc in e.document.get("paths", {}).get(template, {})]
        if found:
            contract[key] = found[0].operation(template, method_lc)
            continue
        similar = [
            (e, path)
            for e in extractors
            for path, item in e.document.get("paths", {}).items()
            if method_lc in item and segments_match(template, path)
        ]
        if similar:
            extractor, real = similar[0]
            notes.append(f"{key}: not in the documents; using {method} {real} from {extractor.name}")
            contract[f"{method} {real}"] = extractor.operation(real, method_lc)
        else:
            notes.append(f"{key}: not in the documents; left out")

    # Webhook bodies (SPEC-E, OpenAPI 3.1 "webhooks"), as "POST /webhooks/<event>" so that the
    # validator checks them like request bodies; date-times stay strict (Zoom sends UTC).
    for event in WEBHOOK_EVENTS:
        found = [e for e in extractors if event in (e.document.get("webhooks") or {})]
        if not found:
            notes.append(f"webhook {event}: not in the documents; left out")
            continue
        extractor = found[0]
        post = extractor.deref(extractor.document["webhooks"][event]).get("post", {})
        body = extractor.deref(post.get("requestBody", {}))
        content = Extractor.json_content(body.get("content"))
        scopes = (post.get("x-extensions") or {}).get("x-granular-scopes") or post.get("x-granular-scopes")
        contract[f"POST /webhooks/{event}"] = {
            "granular_scopes": scopes,
            "rate_limit_label": None,
            "parameters": [],
            "request_body_schema": extractor.schema(content["schema"], False) if content else None,
            "responses": {},
        }

    for extractor in extractors:
        for ref in sorted(extractor.cycles):
            notes.append(f"{extractor.name}: recursive {ref} is inlined once; where it recurses, anything is accepted")

    notes.append(
        "Schemas are JSON Schema draft-07 made from OpenAPI 3.0: nullable became a 'null' type, "
        "boolean exclusiveMaximum/Minimum became numbers, description/example/x-* were dropped, "
        "format was kept."
    )
    notes.append(
        "request_body_schema: date-time fields accept Zoom's local 'yyyy-MM-ddTHH:mm:ss' form too (a pattern "
        "replaces format), because Zoom takes a local start_time plus a timezone field."
    )
    contract["notes"] = notes
    contract["documents"] = sources

    text = json.dumps(contract, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {len(contract) - 2} operations, {len(text.encode('utf-8'))} bytes")
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
