//! `fl!` reads `i18n/en/coal.ftl` while compiling, but cargo does not know:
//! a changed translation must rebuild the crate, or a message id checked
//! against the old file would reach the binary unchecked.

fn main() {
    println!("cargo::rerun-if-changed=i18n");
    println!("cargo::rerun-if-changed=i18n.toml");
}
