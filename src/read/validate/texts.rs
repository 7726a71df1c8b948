//! The free-text fields (district, commune, village, informant, cemetery) and the note built
//! from the note and source columns; texts are interned in the dataset.

use crate::read::header::Field;
use crate::record::Record;

use super::cells::{same, Cells};
use super::memo::hash;
use super::{Seen, Validator, INTERNED_SLOTS};

impl<'o> Validator<'o> {
    /// Whether the row names a place below the province, and the note with a published
    /// figure's source appended. The text fields themselves go from the cells straight into
    /// the dataset ([`Validator::accept`]).
    pub(super) fn read_texts<C: Cells + ?Sized>(&mut self, cells: &C, r: &mut Record, seen: &mut Seen) {
        const PLACES: usize = 3; // district, commune, village: the first three of TEXTS
        seen.place |= self.text_cols.iter().any(|&(k, c)| k < PLACES && !cells.cell(c).is_empty());
        if self.note_cols.is_empty() {
            return;
        }
        let mut note = std::mem::take(&mut self.note);
        note.clear();
        for i in 0..self.note_cols.len() {
            let (f, c) = self.note_cols[i];
            let cell = cells.cell(c);
            if cell.is_empty() {
                continue;
            }
            if !note.is_empty() {
                note.push_str(if f == Field::Source { "; " } else { ", " });
            }
            note.push_str(match f {
                Field::Source => "source: ",
                Field::SourceDate => "published ",
                _ => "",
            });
            note.push_str(&cell.text());
        }
        if note.is_empty() {
            self.note = note;
        } else {
            r.note = Some(note);
        }
    }

    /// The dataset's id for text `s`: a district or village name repeats from row to row, so a
    /// direct-mapped table of recent ids in front of the dataset's hash map answers most.
    #[inline]
    pub(super) fn intern(&mut self, s: &str) -> u32 {
        let i = (hash(s) >> 54) as usize % INTERNED_SLOTS;
        let id = self.interned[i];
        if id != u32::MAX && self.loaded.dataset.string(id).is_some_and(|t| same(t.as_bytes(), s.as_bytes())) {
            return id;
        }
        let id = self.loaded.dataset.intern(s);
        self.interned[i] = id;
        id
    }
}
