// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace valijson {
class Schema;
}

namespace Roomdesk::Test {

// Checks JSON bodies against tests/contract/zoom_contract.json, the schemas that
// tests/contract/extract_schemas.py takes from Zoom's own OpenAPI documents. Keys are "METHOD /path/{template}"
// exactly as Zoom spells them. Every check returns human-readable errors; an empty list means the body conforms.
class ContractValidator
{
public:
    // Does not throw: a missing or broken contract makes every check fail with the reason, so a test reports
    // it instead of aborting.
    explicit ContractValidator(const std::string &contractPath);
    ~ContractValidator();

    ContractValidator(const ContractValidator &) = delete;
    ContractValidator &operator=(const ContractValidator &) = delete;

    bool isLoaded() const { return m_loadError.empty(); }
    const std::string &loadError() const { return m_loadError; }

    // "METHOD /template" for every operation in the contract, sorted.
    std::vector<std::string> operations() const;
    bool hasOperation(const std::string &method, const std::string &pathTemplate) const;

    // Zoom sends {code, message} for every 4xx/5xx, documented or not, so those are accepted for any error status.
    std::vector<std::string> validateResponse(const std::string &method, const std::string &pathTemplate, int status,
                                              const std::string &body) const;
    // Every field of an answer that the operation's response schema for that status does not declare, as a path
    // ("/users/0/language"), walked recursively through properties, items, additionalProperties and the
    // allOf/anyOf/oneOf branches. Zoom's schemas rarely say additionalProperties:false, so validateResponse()
    // accepts a field Zoom never sends; this is how a sandbox is kept from inventing one. Error answers without a
    // documented schema are held to Zoom's error model ({code, message, errors[{field, message}]}). A body that
    // is not JSON, or an operation the contract lacks, comes back as one "<…>" entry.
    std::vector<std::string> undeclaredResponseFields(const std::string &method, const std::string &pathTemplate,
                                                      int status, const std::string &body) const;

    std::vector<std::string> validateRequestBody(const std::string &method, const std::string &pathTemplate,
                                                 const std::string &body) const;

    // Top-level and "settings."-nested field names of a request body that the documented request schema does not
    // know. Zoom's schemas allow extra properties, so validateRequestBody() alone would not catch a misspelling.
    std::vector<std::string> requestFieldsUnknown(const std::string &method, const std::string &pathTemplate,
                                                  const std::string &body) const;

    // Maps a concrete path such as "/users/abc@x.org/meetings" to its template. A query string and a leading
    // "/v2" are ignored; when several templates match, the one with the most literal segments wins.
    std::optional<std::string> matchTemplate(const std::string &method, const std::string &concretePath) const;

    // Checks a sandbox request log (GET /_sandbox/requests: method, path, query names, body):
    // every operation, query parameter and body field documented, every body valid.
    std::vector<std::string> checkRequestLog(const nlohmann::json &log) const;

    // Query parameter names the operation does not document.
    std::vector<std::string> unknownQueryParameters(const std::string &method, const std::string &pathTemplate,
                                                    const std::vector<std::string> &names) const;
    std::vector<std::string> grantedScopesFor(const std::string &method, const std::string &pathTemplate) const;
    // Upper case (LIGHT, MEDIUM, HEAVY, RESOURCE-INTENSIVE); empty when the operation or its label is unknown.
    std::string rateLimitLabel(const std::string &method, const std::string &pathTemplate) const;

    // Compiles every schema in the contract, so a schema valijson cannot read fails one test up front instead of
    // looking like a broken response later.
    std::vector<std::string> schemaCompileErrors() const;

private:
    struct Template
    {
        std::string method;
        std::string path;
        std::vector<std::string> segments;
        int literalSegments = 0;
    };

    const nlohmann::json *operation(const std::string &method, const std::string &pathTemplate) const;
    const valijson::Schema *compiled(const std::string &cacheKey, const nlohmann::json &schema,
                                     std::string *error) const;
    std::vector<std::string> validate(const std::string &cacheKey, const nlohmann::json &schema,
                                      const std::string &body) const;

    std::string m_loadError;
    nlohmann::json m_contract;
    std::vector<Template> m_templates;

    // Compiling a schema costs far more than validating against it, and tests check many bodies per operation.
    mutable std::mutex m_cacheMutex;
    mutable std::map<std::string, std::unique_ptr<valijson::Schema>> m_schemaCache;
};

} // namespace Roomdesk::Test
