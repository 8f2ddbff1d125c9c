#pragma once
// PostgreSQL's privilege facts: what ALL means for each kind of object, and the access list an
// object has before any GRANT or REVOKE (owner entries left out: the owner always has all).
#include <string>
#include <vector>

#include "model/object_id.h"
#include "model/privilege.h"

namespace schemadelta::model {

std::vector<std::string> all_privileges(model::ObjectKind kind);

model::AccessList default_access_list(const model::ObjectId& id);

}  // namespace schemadelta::model
