//! Stand-in for the age layer (issue 20, part S builds it): same API.

use std::path::Path;

use crate::error::{Error, Result};

pub struct Recipient {
    text: String,
}

impl Recipient {
    pub fn parse(text: &str) -> Result<Recipient, String> {
        Ok(Recipient {
            text: text.trim().to_string(),
        })
    }

    pub fn text(&self) -> &str {
        &self.text
    }
}

pub struct Identities;

impl Identities {
    pub fn find() -> Result<Option<Identities>> {
        Ok(None)
    }

    pub fn source(&self) -> String {
        String::new()
    }
}

pub fn seal(_plaintext: &str, _recipients: &[Recipient]) -> Result<String> {
    Err(Error::file("sealing is not built yet"))
}

pub fn open(_path: &Path, _sealed: &[u8], _identities: &Identities) -> Result<String> {
    Err(Error::file("opening is not built yet"))
}

pub fn write(_path: &Path, _plaintext: &str, _recipients: &[Recipient]) -> Result<()> {
    Err(Error::file("sealing is not built yet"))
}

pub fn can_open(_identities: &Identities, _recipients: &[Recipient]) -> bool {
    false
}
