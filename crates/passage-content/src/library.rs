//! The library: every pack found in the content folder. A broken pack is
//! reported and left out; it never keeps the others from loading.

use std::path::{Path, PathBuf};

use crate::manifest::MANIFEST_FILE;
use crate::{ContentError, PackManifest};

/// A pack that could not be loaded, and why.
#[derive(Debug)]
pub struct PackProblem {
    /// The pack folder.
    pub dir: PathBuf,
    /// What is wrong with it.
    pub error: ContentError,
}

/// The course packs installed on this machine.
#[derive(Debug, Default)]
pub struct Library {
    packs: Vec<PackManifest>,
    problems: Vec<PackProblem>,
}

impl Library {
    /// Loads every folder of `content_dir` that holds a `pack.toml`.
    /// Packs are ordered by folder name, which authors may prefix to order them.
    pub fn load(content_dir: &Path) -> crate::Result<Self> {
        let entries = std::fs::read_dir(content_dir).map_err(|source| ContentError::Io {
            path: content_dir.to_owned(),
            source,
        })?;
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join(MANIFEST_FILE).is_file())
            .collect();
        dirs.sort();
        let mut library = Self::default();
        for dir in dirs {
            match PackManifest::load(&dir) {
                Ok(pack) if library.packs.iter().any(|p| p.id == pack.id) => {
                    let path = dir.join(MANIFEST_FILE);
                    library.problems.push(PackProblem {
                        error: ContentError::Manifest {
                            path,
                            line: 1,
                            column: 1,
                            message: format!("another pack already has the id `{}`", pack.id),
                        },
                        dir,
                    });
                }
                Ok(pack) => library.packs.push(pack),
                Err(error) => {
                    tracing::warn!(%error, "course pack left out");
                    library.problems.push(PackProblem { dir, error });
                }
            }
        }
        tracing::info!(
            packs = library.packs.len(),
            problems = library.problems.len(),
            dir = %content_dir.display(),
            "course library loaded"
        );
        Ok(library)
    }

    /// The packs that loaded, in order.
    pub fn packs(&self) -> &[PackManifest] {
        &self.packs
    }

    /// The packs that did not load.
    pub fn problems(&self) -> &[PackProblem] {
        &self.problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_pack(root: &Path, folder: &str, id: &str) {
        let dir = root.join(folder);
        std::fs::create_dir_all(&dir).expect("mkdir");
        let manifest = format!(
            "id = \"{id}\"\nversion = \"1.0.0\"\npublisher = \"P\"\nlicence = \"CC-BY-4.0\"\n\
             source-locale = \"en\"\nlocales = [\"en\"]\n[title]\nen = \"T {id}\"\n\
             [description]\nen = \"D\"\n"
        );
        std::fs::write(dir.join(MANIFEST_FILE), manifest).expect("write");
    }

    #[test]
    fn loads_good_packs_in_folder_order_and_reports_bad_ones() {
        let root = tempfile::tempdir().expect("tempdir");
        write_pack(root.path(), "20-money", "money");
        write_pack(root.path(), "10-safe", "safe");
        write_pack(root.path(), "30-copy", "safe");
        std::fs::create_dir(root.path().join("40-broken")).expect("mkdir");
        std::fs::write(root.path().join("40-broken").join(MANIFEST_FILE), "id = ").expect("write");
        std::fs::create_dir(root.path().join("not-a-pack")).expect("mkdir");

        let library = Library::load(root.path()).expect("load");
        let ids: Vec<&str> = library.packs().iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["safe", "money"]);
        let problems: Vec<String> = library
            .problems()
            .iter()
            .map(|p| p.error.to_string())
            .collect();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].contains("already has the id `safe`"),
            "{problems:?}"
        );
        assert!(
            problems[1].contains("40-broken/pack.toml:1:"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_missing_content_folder_is_an_error_naming_it() {
        let err = Library::load(Path::new("/nonexistent/content")).expect_err("missing");
        assert!(
            err.to_string()
                .starts_with("/nonexistent/content: cannot read")
        );
    }
}
