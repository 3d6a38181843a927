//! The library: every pack found in the content folder. A broken pack is
//! reported and left out, a broken lesson is left out of its pack; neither
//! ever keeps the rest from loading.

use std::path::{Path, PathBuf};

use crate::check::{Checked, Diagnostic, Pack, Severity, check_pack};
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
    packs: Vec<Pack>,
    problems: Vec<PackProblem>,
    diagnostics: Vec<Diagnostic>,
}

/// The pack folders under `root`: `root` itself if it holds a `pack.toml`,
/// else each sub-folder that does, in name order.
pub(crate) fn pack_dirs(root: &Path) -> crate::Result<Vec<PathBuf>> {
    if root.join(MANIFEST_FILE).is_file() {
        return Ok(vec![root.to_owned()]);
    }
    let entries = std::fs::read_dir(root).map_err(|source| ContentError::Io {
        path: root.to_owned(),
        source,
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join(MANIFEST_FILE).is_file())
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// Checks every pack under `root` (one pack folder, or a folder of packs).
pub fn check_dir(root: &Path) -> crate::Result<Vec<Checked>> {
    let base = if root.join(MANIFEST_FILE).is_file() {
        root.parent().unwrap_or(root)
    } else {
        root
    };
    Ok(pack_dirs(root)?
        .iter()
        .map(|dir| check_pack(dir, base))
        .collect())
}

impl Library {
    /// Loads every pack under `content_dir`. Packs are ordered by folder
    /// name, which authors may prefix (`10-`, `20-`) to order them.
    pub fn load(content_dir: &Path) -> crate::Result<Self> {
        let mut library = Self::default();
        for checked in check_dir(content_dir)? {
            let errors = checked
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            if errors > 0 {
                tracing::warn!(errors, "course pack has errors; what is broken is left out");
            }
            library
                .diagnostics
                .extend(checked.diagnostics.iter().cloned());
            match checked.pack {
                Some(pack)
                    if library
                        .packs
                        .iter()
                        .any(|p| p.manifest.id == pack.manifest.id) =>
                {
                    library.problems.push(PackProblem {
                        error: ContentError::Manifest {
                            path: pack.dir.join(MANIFEST_FILE),
                            line: 1,
                            column: 1,
                            message: format!(
                                "another pack already has the id `{}`",
                                pack.manifest.id
                            ),
                        },
                        dir: pack.dir,
                    });
                }
                Some(pack) => library.packs.push(pack),
                None => {
                    if let Some(first) = checked.diagnostics.first() {
                        let path = content_dir.join(&first.file);
                        library.problems.push(PackProblem {
                            dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
                            error: ContentError::Manifest {
                                path,
                                line: first.line,
                                column: 1,
                                message: first.message.clone(),
                            },
                        });
                    }
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

    /// The manifests of the packs that loaded, in order.
    pub fn manifests(&self) -> impl Iterator<Item = &PackManifest> {
        self.packs.iter().map(|p| &p.manifest)
    }

    /// The packs that loaded, in order.
    pub fn packs(&self) -> &[Pack] {
        &self.packs
    }

    /// The packs that did not load.
    pub fn problems(&self) -> &[PackProblem] {
        &self.problems
    }

    /// Brings `index` up to date with the lessons of every pack: rebuilt only
    /// when the content changed since it was built. Returns whether it rebuilt.
    pub fn index_into(&self, index: &mut crate::SearchIndex) -> Result<bool, crate::SearchError> {
        use sha2::{Digest, Sha256};
        // Part of the fingerprint: bump when what is indexed changes shape.
        const INDEX_FORMAT: &str = "passage-search-1";
        // The fingerprint hashes the Markdown as written (cheap, every
        // start); the plain text is only extracted when a rebuild is due.
        let mut sources = Vec::new();
        let mut hasher = Sha256::new();
        hasher.update(INDEX_FORMAT);
        for pack in &self.packs {
            for lesson in pack.lessons.values() {
                for (locale, file) in &lesson.locales {
                    for part in [
                        pack.manifest.id.as_str(),
                        lesson.id.as_str(),
                        locale.as_str(),
                        &file.meta.title,
                        &file.body,
                    ] {
                        hasher.update(part.len().to_le_bytes());
                        hasher.update(part);
                    }
                    sources.push((pack.manifest.id.as_str(), lesson.id.as_str(), locale, file));
                }
            }
        }
        let fingerprint: String = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if index.fingerprint()?.as_deref() == Some(fingerprint.as_str()) {
            return Ok(false);
        }
        let docs: Vec<_> = crate::parallel::map(&sources, |(pack, lesson, locale, file)| {
            (
                *pack,
                *lesson,
                locale.as_str(),
                file.meta.title.as_str(),
                crate::plain_text(&file.body),
            )
        });
        let count = index.rebuild(
            &fingerprint,
            docs.iter()
                .map(|(pack, lesson, locale, title, text)| crate::SearchDoc {
                    pack,
                    lesson,
                    locale,
                    title,
                    text,
                }),
        )?;
        tracing::info!(documents = count, "search index rebuilt");
        Ok(true)
    }

    /// Everything the checker found, errors and warnings.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
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
        let ids: Vec<&str> = library.manifests().map(|p| p.id.as_str()).collect();
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
