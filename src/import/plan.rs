//! What each row does (create, update, skip, or rejected with a reason),
//! and the one edit that does it. TODO(issue 17, helper import command).
