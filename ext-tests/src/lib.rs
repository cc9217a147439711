//! The C extension test corpus lives in `modules/` (each `NAME.c` with its
//! `NAME_test.py`) and the lib-dynload smoke tests in `dynload/`; the tests
//! in `tests/` build and run them. This library is empty.
