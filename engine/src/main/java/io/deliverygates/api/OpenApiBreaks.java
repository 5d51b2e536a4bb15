package io.deliverygates.api;

import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Turns openapi-diff's change tree into our breaking-change rules, each with its location (method, path,
 * parameter or response code, media type and the field's path in the body). Whatever openapi-diff calls
 * incompatible that no rule itemizes is still reported ({@code INCOMPATIBLE_CHANGE}), so the verdict is never
 * weaker than openapi-diff's. The rules are listed in docs/api-compatibility.md.
 */
final class OpenApiBreaks {
    private enum Side { REQUEST, RESPONSE }

    private final List<ApiChange> changes = new ArrayList<>();

    static List<ApiChange> of(ChangedOpenApi diff) {
        OpenApiBreaks breaks = new OpenApiBreaks();
        breaks.endpoints(diff);
        diff.getChangedOperations().forEach(breaks::operation);
        if (diff.isChanged().isIncompatible() && breaks.changes.isEmpty()) {
            breaks.add("INCOMPATIBLE_CHANGE", "document", "openapi-diff finds an incompatible change it does not "
                    + "itemize (e.g. security schemes)");
        }
        return breaks.changes;
    }

    private void endpoints(ChangedOpenApi diff) {
        Set<String> remainingPaths = diff.getNewSpecOpenApi().getPaths().keySet();
        Set<String> reportedPaths = new java.util.HashSet<>();
        for (Endpoint endpoint : diff.getMissingEndpoints()) {
            String path = endpoint.getPathUrl();
            if (remainingPaths.contains(path)) {
                add("OPERATION_REMOVED", endpoint.getMethod() + " " + path, "the operation was removed");
            } else if (reportedPaths.add(path)) {
                add("PATH_REMOVED", path, "the path was removed with all its operations");
            }
        }
    }

    private void operation(ChangedOperation operation) {
        String where = operation.getHttpMethod() + " " + operation.getPathUrl();
        int before = changes.size();
        parameters(operation.getParameters(), where);
        ChangedRequestBody body = operation.getRequestBody();
        if (body != null) {
            String at = where + " request body";
            if (body.isChangeRequired() && body.getNewRequestBody() != null
                    && Boolean.TRUE.equals(body.getNewRequestBody().getRequired())) {
                add("REQUEST_BODY_NOW_REQUIRED", at, "the request body became required");
            }
            content(body.getContent(), at, Side.REQUEST);
        }
        responses(operation.getApiResponses(), where);
        if (operation.isChanged().isIncompatible() && changes.size() == before) {
            add("INCOMPATIBLE_CHANGE", where, "openapi-diff finds an incompatible change it does not itemize");
        }
    }

    private void parameters(ChangedParameters parameters, String where) {
        if (parameters == null) {
            return;
        }
        for (Parameter added : parameters.getIncreased()) {
            if (Boolean.TRUE.equals(added.getRequired())) {
                add("REQUIRED_PARAMETER_ADDED", where + " " + added.getIn() + " parameter " + added.getName(),
                        "a new required " + added.getIn() + " parameter");
            }
        }
        for (Parameter missing : parameters.getMissing()) {
            add("PARAMETER_REMOVED", where + " " + missing.getIn() + " parameter " + missing.getName(),
                    "the " + missing.getIn() + " parameter was removed");
        }
        for (ChangedParameter changed : parameters.getChanged()) {
            String at = where + " " + changed.getIn() + " parameter " + changed.getName();
            if (changed.isChangeRequired() && Boolean.TRUE.equals(changed.getNewParameter().getRequired())) {
                add("PARAMETER_NOW_REQUIRED", at, "the parameter became required");
            }
            schema(changed.getSchema(), at, "", Side.REQUEST);
            content(changed.getContent(), at, Side.REQUEST);
        }
    }

    private void responses(ChangedApiResponse responses, String where) {
        if (responses == null) {
            return;
        }
        responses.getMissing().keySet().forEach(code -> add("RESPONSE_REMOVED", where + " response " + code,
                "the response was removed"));
        for (Map.Entry<String, ChangedResponse> changed : responses.getChanged().entrySet()) {
            String at = where + " response " + changed.getKey();
            if (changed.getValue().getHeaders() != null) {
                changed.getValue().getHeaders().getMissing().keySet().forEach(header -> add("RESPONSE_HEADER_REMOVED",
                        at + " header " + header, "the response header was removed"));
            }
            content(changed.getValue().getContent(), at, Side.RESPONSE);
        }
    }

    private void content(ChangedContent content, String at, Side side) {
        if (content == null) {
            return;
        }
        content.getMissing().keySet().forEach(media -> add(side + "_MEDIA_TYPE_REMOVED", at + " " + media,
                "the media type is no longer " + (side == Side.REQUEST ? "accepted" : "returned")));
        for (Map.Entry<String, ChangedMediaType> changed : content.getChanged().entrySet()) {
            schema(changed.getValue().getSchema(), at + " " + changed.getKey(), "body", side);
        }
    }

    private void schema(ChangedSchema schema, String at, String field, Side side) {
        if (schema == null) {
            return;
        }
        String location = field.isEmpty() ? at : at + " " + field;
        if (schema.isChangedType()) {
            add(side + "_FIELD_RETYPED", location, "type " + typeOf(schema.getOldSchema()) + " became "
                    + typeOf(schema.getNewSchema()));
        }
        if (side == Side.RESPONSE) {
            schema.getMissingProperties().keySet().forEach(name -> add("RESPONSE_FIELD_REMOVED",
                    at + " " + child(field, name), "the field is no longer returned"));
        }
        if (schema.getEnumeration() != null) {
            if (side == Side.REQUEST && !schema.getEnumeration().getMissing().isEmpty()) {
                add("REQUEST_ENUM_NARROWED", location, "values no longer accepted: "
                        + schema.getEnumeration().getMissing());
            }
            if (side == Side.RESPONSE && !schema.getEnumeration().getIncreased().isEmpty()) {
                add("RESPONSE_ENUM_EXTENDED", location, "new values clients may not know: "
                        + schema.getEnumeration().getIncreased());
            }
        }
        if (schema.getRequired() != null) {
            if (side == Side.REQUEST) {
                schema.getRequired().getIncreased().forEach(name -> add("REQUIRED_FIELD_ADDED",
                        at + " " + child(field, name), "the request field became required"));
            } else {
                schema.getRequired().getMissing().forEach(name -> add("RESPONSE_FIELD_OPTIONAL",
                        at + " " + child(field, name), "the field is no longer always returned"));
            }
        }
        schema.getChangedProperties().forEach((name, property) -> schema(property, at, child(field, name), side));
        schema(schema.getItems(), at, field + "[]", side);
        schema(schema.getAddProp(), at, child(field, "*"), side);
    }

    private static String child(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }

    private static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "none";
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null ? "unspecified" : String.join("|", schema.getTypes());
    }

    private void add(String rule, String location, String description) {
        changes.add(new ApiChange(rule, location, description, Impact.CLIENTS));
    }
}
