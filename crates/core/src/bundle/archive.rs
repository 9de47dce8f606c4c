//! Writes the bundle's files into one zip, in memory.

use std::io::{Cursor, Write};

use zeroize::Zeroizing;
use zip::{CompressionMethod, DateTime, ZipWriter, write::SimpleFileOptions};

use crate::{
    certificate::UtcDateTime,
    error::{Error, Result},
};

/// One file of the bundle.
pub(crate) struct Entry {
    /// Path inside the zip, `/`-separated (`Apache/www_example_com.crt`).
    pub path: String,
    /// The bytes; wiped when dropped since some entries hold the private key.
    pub content: Zeroizing<Vec<u8>>,
    /// Holds the private key: gets owner-only permissions when unpacked on Unix.
    pub secret: bool,
}

/// The zip bytes: a folder entry per folder, then the files in the given order, deflated, all
/// stamped with `now` (Unix seconds; 1980-01-01 if outside what zip can store).
pub(crate) fn write_zip(entries: &[Entry], now: i64) -> Result<Vec<u8>> {
    let stamp = zip_time(now);
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(stamp);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));

    let mut folders: Vec<&str> = Vec::new();
    for entry in entries {
        if let Some((folder, _)) = entry.path.rsplit_once('/')
            && !folders.contains(&folder)
        {
            folders.push(folder);
            zip.add_directory(format!("{folder}/"), options.unix_permissions(0o755))
                .map_err(failed)?;
        }
        let mode = if entry.secret { 0o600 } else { 0o644 };
        zip.start_file(entry.path.as_str(), options.unix_permissions(mode))
            .map_err(failed)?;
        zip.write_all(&entry.content)
            .map_err(|err| failed(err.into()))?;
    }

    Ok(zip.finish().map_err(failed)?.into_inner())
}

fn zip_time(now: i64) -> DateTime {
    let time = UtcDateTime::from_unix(now);
    u16::try_from(time.year)
        .ok()
        .and_then(|year| {
            DateTime::from_date_and_time(
                year,
                time.month,
                time.day,
                time.hour,
                time.minute,
                time.second,
            )
            .ok()
        })
        .unwrap_or_default()
}

fn failed(err: zip::result::ZipError) -> Error {
    Error::rejected(
        "bundle.zip_failed",
        format!("the zip file could not be written: {err}"),
    )
}
