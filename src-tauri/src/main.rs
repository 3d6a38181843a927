//! The Passage desktop app. Everything happens in `passage_desktop::run`.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    passage_desktop::run();
}
