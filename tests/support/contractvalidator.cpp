// SPDX-License-Identifier: GPL-3.0-or-later
// Without this valijson reports a schema it cannot read, or a value it cannot convert, with abort(). Only this file
// may include valijson, so that every inline valijson function is compiled with the same setting.
#define VALIJSON_USE_EXCEPTIONS 1

#include "contractvalidator.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <regex>
#include <set>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace Roomdesk::Test {

namespace {

using nlohmann::json;

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

std::string operationKey(const std::string &method, const std::string &pathTemplate)
{
    return upper(method) + ' ' + pathTemplate;
}

std::string notInContract(const std::string &method, const std::string &pathTemplate)
{
    return operationKey(method, pathTemplate) + " is not in the contract";
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> segments;
    std::size_t start = path.starts_with('/') ? 1 : 0;
    if (start >= path.size())
        return segments;
    while (true) {
        const std::size_t slash = path.find('/', start);
        segments.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (slash == std::string::npos)
            break;
        start = slash + 1;
    }
    // "/users/" names the same resource as "/users"; Zoom's templates never end in a slash.
    if (segments.size() > 1 && segments.back().empty())
        segments.pop_back();
    return segments;
}

bool isPlaceholder(const std::string &segment)
{
    return segment.size() >= 2 && segment.front() == '{' && segment.back() == '}';
}

bool isBlank(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

bool isErrorStatus(int status)
{
    return status >= 400 && status <= 599;
}

std::string excerpt(const std::string &text)
{
    constexpr std::size_t limit = 200;
    return text.size() <= limit ? text : text.substr(0, limit) + "...";
}

std::optional<json> parseJson(const std::string &body, std::string *error)
{
    try {
        return json::parse(body);
    } catch (const json::parse_error &e) {
        *error = "body is not JSON (" + std::string(e.what()) + "): " + excerpt(body);
        return std::nullopt;
    }
}

// Zoom's error model (ZOOM_API_FACTS §5): {"code": int, "message": string}, sometimes with "errors".
std::optional<std::string> errorShapeProblem(const std::string &body)
{
    std::string error;
    const std::optional<json> document = parseJson(body, &error);
    if (!document)
        return error;
    if (!document->is_object())
        return "error body is not a JSON object: " + excerpt(body);
    const auto code = document->find("code");
    if (code == document->end() || !code->is_number_integer())
        return "error body has no integer \"code\": " + excerpt(body);
    const auto message = document->find("message");
    if (message == document->end() || !message->is_string())
        return "error body has no string \"message\": " + excerpt(body);
    return std::nullopt;
}

// valijson's context is {"<root>", "[settings]", "[0]", ...}; a JSON-pointer-like path reads better in a test log.
std::string describeContext(const std::vector<std::string> &context)
{
    std::string path;
    for (const std::string &element : context) {
        if (element == "<root>")
            continue;
        const bool bracketed = element.size() >= 2 && element.front() == '[' && element.back() == ']';
        path += '/';
        path += bracketed ? element.substr(1, element.size() - 2) : element;
    }
    return path.empty() ? "/" : path;
}

// Property names a schema documents, including those of allOf/anyOf/oneOf branches, which Zoom uses to share the
// pagination fields between list responses.
void collectProperties(const json &schema, std::set<std::string> &names, int depth = 0)
{
    if (!schema.is_object() || depth > 16)
        return;
    if (const auto properties = schema.find("properties"); properties != schema.end() && properties->is_object()) {
        for (const auto &[name, value] : properties->items())
            names.insert(name);
    }
    for (const char *keyword : {"allOf", "anyOf", "oneOf"}) {
        if (const auto branches = schema.find(keyword); branches != schema.end() && branches->is_array()) {
            for (const json &branch : *branches)
                collectProperties(branch, names, depth + 1);
        }
    }
}

const json *propertySchema(const json &schema, const std::string &name, int depth = 0)
{
    if (!schema.is_object() || depth > 16)
        return nullptr;
    if (const auto properties = schema.find("properties"); properties != schema.end() && properties->is_object()) {
        if (const auto property = properties->find(name); property != properties->end())
            return &*property;
    }
    for (const char *keyword : {"allOf", "anyOf", "oneOf"}) {
        if (const auto branches = schema.find(keyword); branches != schema.end() && branches->is_array()) {
            for (const json &branch : *branches) {
                if (const json *found = propertySchema(branch, name, depth + 1))
                    return found;
            }
        }
    }
    return nullptr;
}

// The schemas that apply at one place of a document: the schema itself and, recursively, its allOf/anyOf/oneOf
// branches. A field is declared when any of them names it: for oneOf/anyOf that is more lenient than the branch the
// value actually matches, which validateResponse() checks.
void flattenSchema(const json &schema, std::vector<const json *> &flat, int depth = 0)
{
    if (!schema.is_object() || depth > 32)
        return;
    flat.push_back(&schema);
    for (const char *keyword : {"allOf", "anyOf", "oneOf"}) {
        if (const auto branches = schema.find(keyword); branches != schema.end() && branches->is_array()) {
            for (const json &branch : *branches)
                flattenSchema(branch, flat, depth + 1);
        }
    }
}

void collectUndeclared(const json &value, const std::vector<const json *> &schemas, const std::string &path,
                       std::vector<std::string> &undeclared, int depth = 0)
{
    if (depth > 64)
        return;
    std::vector<const json *> flat;
    for (const json *schema : schemas)
        flattenSchema(*schema, flat);

    if (value.is_object()) {
        for (const auto &[name, child] : value.items()) {
            std::vector<const json *> childSchemas;
            bool declared = false;
            for (const json *schema : flat) {
                if (const auto properties = schema->find("properties");
                    properties != schema->end() && properties->is_object()) {
                    if (const auto property = properties->find(name); property != properties->end()) {
                        declared = true;
                        childSchemas.push_back(&*property);
                    }
                }
            }
            // Only an explicit additionalProperties (true, or a schema for the values) declares names the schema
            // does not list: JSON Schema's default of "anything goes" is exactly what this check exists to refuse.
            bool anything = false;
            for (const json *schema : flat) {
                if (declared)
                    break;
                const auto additional = schema->find("additionalProperties");
                if (additional == schema->end())
                    continue;
                if (additional->is_object()) {
                    declared = true;
                    childSchemas.push_back(&*additional);
                } else if (additional->is_boolean() && additional->get<bool>()) {
                    declared = anything = true;
                }
            }
            const std::string childPath = path + '/' + name;
            if (!declared)
                undeclared.push_back(childPath);
            else if (!anything)
                collectUndeclared(child, childSchemas, childPath, undeclared, depth + 1);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            std::vector<const json *> itemSchemas;
            for (const json *schema : flat) {
                const auto items = schema->find("items");
                if (items == schema->end())
                    continue;
                if (items->is_object())
                    itemSchemas.push_back(&*items);
                else if (items->is_array() && i < items->size())
                    itemSchemas.push_back(&(*items)[i]);
            }
            collectUndeclared(value[i], itemSchemas, path + '/' + std::to_string(i), undeclared, depth + 1);
        }
    }
}

// Zoom's error model (ZOOM_API_FACTS §5), for error answers its documents give no schema.
const json &zoomErrorModel()
{
    static const json model = {
        {"properties",
         {{"code", json::object()},
          {"message", json::object()},
          {"errors", {{"items", {{"properties", {{"field", json::object()}, {"message", json::object()}}}}}}}}},
    };
    return model;
}

// valijson compiles "pattern" only when a string first meets it, so a regex std::regex rejects would otherwise
// surface as a failure of some unrelated response.
void checkPatterns(const json &node, const std::string &where, std::vector<std::string> &errors)
{
    if (node.is_object()) {
        for (const auto &[key, value] : node.items()) {
            if (key == "pattern" && value.is_string()) {
                try {
                    std::regex compiledPattern(value.get<std::string>());
                } catch (const std::regex_error &e) {
                    errors.push_back(where + ": pattern " + value.get<std::string>() +
                                     " does not compile: " + e.what());
                }
            } else {
                checkPatterns(value, where, errors);
            }
        }
    } else if (node.is_array()) {
        for (const json &item : node)
            checkPatterns(item, where, errors);
    }
}

// A string "format" value is a keyword; a property that happens to be called "format" has an object schema.
json withoutFormat(const json &node)
{
    if (node.is_array()) {
        json copy = json::array();
        for (const json &item : node)
            copy.push_back(withoutFormat(item));
        return copy;
    }
    if (!node.is_object())
        return node;
    json copy = json::object();
    for (const auto &[key, value] : node.items()) {
        if (key != "format" || !value.is_string())
            copy[key] = withoutFormat(value);
    }
    return copy;
}

} // namespace

ContractValidator::ContractValidator(const std::string &contractPath)
{
    std::ifstream in(contractPath);
    if (!in) {
        m_loadError = "cannot open contract " + contractPath;
        return;
    }
    try {
        m_contract = json::parse(in);
    } catch (const json::exception &e) {
        m_loadError = "cannot parse contract " + contractPath + ": " + e.what();
        return;
    }
    if (!m_contract.is_object()) {
        m_loadError = "contract " + contractPath + " is not a JSON object";
        return;
    }
    // Operation keys are "METHOD /path"; everything else at the top level ("notes", "documents") is metadata.
    for (const auto &[key, value] : m_contract.items()) {
        const std::size_t space = key.find(' ');
        if (space == std::string::npos || space + 1 >= key.size() || key[space + 1] != '/' || !value.is_object())
            continue;
        Template entry;
        entry.method = key.substr(0, space);
        entry.path = key.substr(space + 1);
        entry.segments = splitPath(entry.path);
        entry.literalSegments = static_cast<int>(std::count_if(entry.segments.begin(), entry.segments.end(),
                                                               [](const std::string &s) { return !isPlaceholder(s); }));
        m_templates.push_back(std::move(entry));
    }
    if (m_templates.empty())
        m_loadError = "contract " + contractPath + " lists no operations";
}

// Out of line because unique_ptr<valijson::Schema> needs the complete type to delete it.
ContractValidator::~ContractValidator() = default;

std::vector<std::string> ContractValidator::operations() const
{
    std::vector<std::string> keys;
    for (const Template &entry : m_templates)
        keys.push_back(entry.method + ' ' + entry.path);
    std::sort(keys.begin(), keys.end());
    return keys;
}

bool ContractValidator::hasOperation(const std::string &method, const std::string &pathTemplate) const
{
    return operation(method, pathTemplate) != nullptr;
}

const json *ContractValidator::operation(const std::string &method, const std::string &pathTemplate) const
{
    if (!isLoaded() || !pathTemplate.starts_with('/'))
        return nullptr;
    const auto found = m_contract.find(operationKey(method, pathTemplate));
    return found != m_contract.end() && found->is_object() ? &*found : nullptr;
}

const valijson::Schema *ContractValidator::compiled(const std::string &cacheKey, const json &schema,
                                                    std::string *error) const
{
    const std::lock_guard lock(m_cacheMutex);
    if (const auto cached = m_schemaCache.find(cacheKey); cached != m_schemaCache.end())
        return cached->second.get();

    auto compiledSchema = std::make_unique<valijson::Schema>();
    // Draft 7, because extract_schemas.py already turned OpenAPI's boolean exclusiveMaximum into draft-07 numbers.
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    const valijson::adapters::NlohmannJsonAdapter schemaAdapter(schema);
    try {
        parser.populateSchema(schemaAdapter, *compiledSchema);
    } catch (const std::exception &e) {
        *error = cacheKey + ": valijson cannot read the schema: " + e.what();
        return nullptr;
    }
    // Map entries are never erased, so the pointer stays valid after the lock is released.
    return m_schemaCache.emplace(cacheKey, std::move(compiledSchema)).first->second.get();
}

std::vector<std::string> ContractValidator::validate(const std::string &cacheKey, const json &schema,
                                                     const std::string &body) const
{
    std::string error;
    const std::optional<json> document = parseJson(body, &error);
    if (!document)
        return {cacheKey + ": " + error};
    const valijson::Schema *compiledSchema = compiled(cacheKey, schema, &error);
    if (!compiledSchema)
        return {error};

    // Strong types (valijson's default): Zoom sends "duration": 60, and "60" must count as a different contract.
    valijson::ValidationResults results;
    const valijson::adapters::NlohmannJsonAdapter target(*document);
    std::vector<std::string> errors;
    try {
        valijson::Validator validator(valijson::Validator::kStrongTypes);
        if (validator.validate(*compiledSchema, target, &results))
            return {};
    } catch (const std::exception &e) {
        // valijson applies "format" to every JSON type and throws when an object or array cannot become a string,
        // which would hide every other error; check again without formats so the report stays complete.
        errors.push_back(cacheKey + ": valijson cannot apply a format to a non-string (" + e.what() +
                         "); errors without format checks follow");
        const valijson::Schema *withoutFormats = compiled(cacheKey + " without formats", withoutFormat(schema), &error);
        if (!withoutFormats)
            return {errors.front(), error};
        results = {};
        try {
            valijson::Validator validator(valijson::Validator::kStrongTypes);
            validator.validate(*withoutFormats, target, &results);
        } catch (const std::exception &again) {
            errors.push_back(cacheKey + ": valijson gave up: " + again.what());
        }
    }

    for (const valijson::ValidationResults::Error &result : results)
        errors.push_back(cacheKey + ' ' + describeContext(result.context) + ": " + result.description);
    if (errors.empty())
        errors.push_back(cacheKey + ": invalid, valijson gave no reason");
    return errors;
}

std::vector<std::string> ContractValidator::validateResponse(const std::string &method, const std::string &pathTemplate,
                                                             int status, const std::string &body) const
{
    if (!isLoaded())
        return {m_loadError};
    const json *op = operation(method, pathTemplate);
    if (!op)
        return {notInContract(method, pathTemplate)};

    const std::string key = operationKey(method, pathTemplate);
    const std::string statusText = std::to_string(status);
    static const json noResponses = json::object();
    const auto responsesFound = op->find("responses");
    const json &responses = responsesFound != op->end() ? *responsesFound : noResponses;

    // OpenAPI also allows ranges ("4XX") and "default"; Zoom uses exact codes today, but a range must not look
    // like an undocumented status.
    const json *entry = nullptr;
    std::string statusKey;
    for (const std::string &candidate :
         {statusText, statusText.substr(0, 1) + "XX", statusText.substr(0, 1) + "xx", std::string("default")}) {
        if (const auto found = responses.find(candidate); found != responses.end()) {
            entry = &*found;
            statusKey = candidate;
            break;
        }
    }

    if (!entry) {
        if (isErrorStatus(status)) {
            if (const auto problem = errorShapeProblem(body))
                return {key + ": undocumented status " + statusText + " and not Zoom's error shape: " + *problem};
            return {};
        }
        std::string documented;
        for (const auto &[code, value] : responses.items())
            documented += (documented.empty() ? "" : ", ") + code;
        return {key + ": status " + statusText + " is not documented (documented: " + documented + ")"};
    }

    if (entry->is_null()) {
        if (isBlank(body))
            return {};
        // Zoom documents its error statuses without a schema, yet sends {code, message} with them.
        if (isErrorStatus(status)) {
            if (const auto problem = errorShapeProblem(body))
                return {key + " " + statusText + ": " + *problem};
            return {};
        }
        return {key + " " + statusText + ": documented without a body, got: " + excerpt(body)};
    }

    return validate(key + ' ' + statusKey, *entry, body);
}

std::vector<std::string> ContractValidator::undeclaredResponseFields(const std::string &method,
                                                                     const std::string &pathTemplate, int status,
                                                                     const std::string &body) const
{
    if (!isLoaded())
        return {"<" + m_loadError + ">"};
    const json *op = operation(method, pathTemplate);
    if (!op)
        return {"<" + notInContract(method, pathTemplate) + ">"};
    if (isBlank(body))
        return {};
    std::string error;
    const std::optional<json> document = parseJson(body, &error);
    if (!document)
        return {"<" + error + ">"};

    const std::string statusText = std::to_string(status);
    const json *schema = nullptr;
    if (const auto responses = op->find("responses"); responses != op->end() && responses->is_object()) {
        for (const std::string &candidate :
             {statusText, statusText.substr(0, 1) + "XX", statusText.substr(0, 1) + "xx", std::string("default")}) {
            if (const auto found = responses->find(candidate); found != responses->end()) {
                schema = &*found;
                break;
            }
        }
    }
    if ((!schema || schema->is_null()) && isErrorStatus(status))
        schema = &zoomErrorModel();
    // A success documented without a body declares no field at all.
    static const json declaresNothing = json::object();
    if (!schema || schema->is_null())
        schema = &declaresNothing;

    std::vector<std::string> undeclared;
    collectUndeclared(*document, {schema}, std::string(), undeclared);
    return undeclared;
}

std::vector<std::string> ContractValidator::validateRequestBody(const std::string &method,
                                                                const std::string &pathTemplate,
                                                                const std::string &body) const
{
    if (!isLoaded())
        return {m_loadError};
    const json *op = operation(method, pathTemplate);
    if (!op)
        return {notInContract(method, pathTemplate)};
    const std::string key = operationKey(method, pathTemplate);
    const auto schema = op->find("request_body_schema");
    if (schema == op->end() || schema->is_null()) {
        if (isBlank(body))
            return {};
        return {key + ": documents no JSON request body, got: " + excerpt(body)};
    }
    return validate(key + " request", *schema, body);
}

std::vector<std::string> ContractValidator::requestFieldsUnknown(const std::string &method,
                                                                 const std::string &pathTemplate,
                                                                 const std::string &body) const
{
    if (!isLoaded())
        return {"<" + m_loadError + ">"};
    const json *op = operation(method, pathTemplate);
    if (!op)
        return {"<" + notInContract(method, pathTemplate) + ">"};

    std::string error;
    const std::optional<json> document = parseJson(body, &error);
    if (!document)
        return {"<" + error + ">"};
    // Angle brackets cannot start a Zoom field name, so a caller comparing lists of names sees these as failures.
    if (!document->is_object())
        return {"<request body is not a JSON object>"};

    const json nullSchema;
    const auto found = op->find("request_body_schema");
    const json &schema = found != op->end() ? *found : nullSchema;
    std::set<std::string> known;
    collectProperties(schema, known);

    std::vector<std::string> unknown;
    for (const auto &[name, value] : document->items()) {
        if (!known.contains(name)) {
            unknown.push_back(name);
            continue;
        }
        if (name != "settings" || !value.is_object())
            continue;
        std::set<std::string> knownSettings;
        if (const json *settingsSchema = propertySchema(schema, name))
            collectProperties(*settingsSchema, knownSettings);
        for (const auto &[setting, settingValue] : value.items()) {
            if (!knownSettings.contains(setting))
                unknown.push_back("settings." + setting);
        }
    }
    return unknown;
}

std::optional<std::string> ContractValidator::matchTemplate(const std::string &method,
                                                            const std::string &concretePath) const
{
    std::string path = concretePath.substr(0, concretePath.find_first_of("?#"));
    // The client builds "{api_url}/v2/..." while Zoom's templates start after the version.
    if (path == "/v2" || path.starts_with("/v2/"))
        path.erase(0, 3);
    const std::vector<std::string> segments = splitPath(path);
    const std::string wantedMethod = upper(method);

    const Template *best = nullptr;
    for (const Template &candidate : m_templates) {
        if (candidate.method != wantedMethod || candidate.segments.size() != segments.size())
            continue;
        bool matches = true;
        for (std::size_t i = 0; i < segments.size() && matches; ++i) {
            const std::string &expected = candidate.segments[i];
            matches = isPlaceholder(expected) ? !segments[i].empty() : expected == segments[i];
        }
        if (matches && (!best || candidate.literalSegments > best->literalSegments))
            best = &candidate;
    }
    if (!best)
        return std::nullopt;
    return best->path;
}

std::vector<std::string> ContractValidator::checkRequestLog(const json &log) const
{
    std::vector<std::string> problems;
    for (const json &entry : log) {
        const std::string method = entry.value("method", std::string());
        const std::string path = entry.value("path", std::string());
        const auto pathTemplate = matchTemplate(method, path);
        if (!pathTemplate) {
            problems.push_back(method + ' ' + path + ": no such operation");
            continue;
        }
        std::vector<std::string> names;
        for (const json &name : entry.value("query", json::array()))
            names.push_back(name.get<std::string>());
        for (const std::string &name : unknownQueryParameters(method, *pathTemplate, names))
            problems.push_back(method + ' ' + *pathTemplate + ": undocumented query " + name);
        const std::string body = entry.value("body", std::string());
        if (body.empty())
            continue;
        for (const std::string &field : requestFieldsUnknown(method, *pathTemplate, body))
            problems.push_back(method + ' ' + *pathTemplate + ": undocumented field " + field);
        for (const std::string &error : validateRequestBody(method, *pathTemplate, body))
            problems.push_back(method + ' ' + *pathTemplate + ": " + error);
    }
    return problems;
}

std::vector<std::string> ContractValidator::unknownQueryParameters(const std::string &method,
                                                                   const std::string &pathTemplate,
                                                                   const std::vector<std::string> &names) const
{
    const json *op = operation(method, pathTemplate);
    if (!op)
        return names;
    std::vector<std::string> unknown;
    for (const std::string &name : names) {
        bool documented = false;
        if (const auto list = op->find("parameters"); list != op->end() && list->is_array()) {
            for (const json &parameter : *list)
                documented = documented ||
                    (parameter.value("in", std::string()) == "query" && parameter.value("name", std::string()) == name);
        }
        if (!documented)
            unknown.push_back(name);
    }
    return unknown;
}

std::vector<std::string> ContractValidator::grantedScopesFor(const std::string &method,
                                                             const std::string &pathTemplate) const
{
    const json *op = operation(method, pathTemplate);
    if (!op)
        return {};
    std::vector<std::string> scopes;
    if (const auto list = op->find("granular_scopes"); list != op->end() && list->is_array()) {
        for (const json &scope : *list) {
            if (scope.is_string())
                scopes.push_back(scope.get<std::string>());
        }
    }
    return scopes;
}

std::string ContractValidator::rateLimitLabel(const std::string &method, const std::string &pathTemplate) const
{
    const json *op = operation(method, pathTemplate);
    if (!op)
        return {};
    const auto label = op->find("rate_limit_label");
    return label != op->end() && label->is_string() ? label->get<std::string>() : std::string();
}

std::vector<std::string> ContractValidator::schemaCompileErrors() const
{
    if (!isLoaded())
        return {m_loadError};
    std::vector<std::string> errors;
    for (const Template &entry : m_templates) {
        const std::string key = entry.method + ' ' + entry.path;
        const json &op = m_contract.at(key);
        std::string error;
        if (const auto request = op.find("request_body_schema"); request != op.end() && !request->is_null()) {
            if (!compiled(key + " request", *request, &error))
                errors.push_back(error);
            checkPatterns(*request, key + " request", errors);
        }
        if (const auto responses = op.find("responses"); responses != op.end() && responses->is_object()) {
            for (const auto &[status, schema] : responses->items()) {
                if (schema.is_null())
                    continue;
                if (!compiled(key + ' ' + status, schema, &error))
                    errors.push_back(error);
                checkPatterns(schema, key + ' ' + status, errors);
            }
        }
    }
    return errors;
}

} // namespace Roomdesk::Test
