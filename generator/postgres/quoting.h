#pragma once
// PostgreSQL quoting: identifiers are quoted exactly when needed, literals always escaped, so no
// object name can break out of a script.
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "model/names.h"
#include "sql/quoting.h"

namespace schemadelta::generator::postgres {

// The project's one quote_identifier and quote_literal (sql/quoting.h), shared with the parser.
using sql::quote_identifier;
using sql::quote_literal;
std::string qualified(const std::string& schema, const std::string& name);
std::string qualified(const model::QualifiedName& name);
std::string type_sql(const model::TypeRef& type);
// "-- text": input text escaped so that it cannot end the comment line (no newline or carriage
// return passes) nor reach a terminal as control characters.
std::string comment_line(const std::string& text);
// A string literal for a RAISE message or an error text: escaped like a comment, then quoted.
std::string message_literal(const std::string& text);
// Input text placed inside a RAISE format string: escaped, and '%' doubled so that a name cannot
// add a placeholder.
std::string raise_format_text(const std::string& text);
// An SQL expression that shows the text value of `expression` (a regclass, SQLERRM) with its
// control characters replaced, for RAISE parameters known only on the server.
std::string printable_on_server(const std::string& expression);
// "DO $tag$ code $tag$;" with a tag that `code` (which may hold names) does not contain, so no
// name can end the block early. Made in `code`'s own buffer: a code built with kDoBlockRoom
// bytes to spare is not copied (a step that holds a view's query or a CHECK of millions of
// values is tens of MB).
std::string do_block(const std::string& tag, std::string code);
constexpr std::size_t kDoBlockRoom = 64;
// The pieces joined into one string, allocated once at their length plus `room` (what the caller
// appends next): a long text is copied once, not once per `+` of a chain.
std::string concat(std::initializer_list<std::string_view> pieces, std::size_t room = 0);
// A name of at most 63 bytes (PostgreSQL's limit), unchanged when it fits; a longer one is cut at a
// character boundary and ends with a hash of the whole, so two long names stay apart.
std::string within_name_limit(const std::string& name);
// A body in dollar quotes, with a tag the body does not contain.
std::string dollar_quote(const std::string& body);
// The same, appended to `out`; the bytes it adds: dollar_quote_size.
void append_dollar_quoted(std::string& out, std::string_view body);
std::size_t dollar_quote_size(std::string_view body);

}  // namespace schemadelta::generator::postgres
