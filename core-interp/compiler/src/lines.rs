//! Byte offsets to (line, column) positions, with CPython's conventions:
//! 1-based lines, 0-based columns counted in UTF-8 bytes.

pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// (1-based line, 0-based byte column) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        ((line + 1) as u32, (offset - self.starts[line]) as u32)
    }

    /// The text of 1-based `line`, with its newline if it has one.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> Option<&'s str> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).copied().unwrap_or(source.len());
        source.get(start..end)
    }
}
