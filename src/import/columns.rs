//! Which field of a group or person each column is. TODO(issue 17, helper
//! import command): headers matched in English and French, the column names
//! `coal report groups --format csv` writes, `--map`, unmapped columns.
