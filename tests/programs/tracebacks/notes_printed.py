# Notes added with add_note() are printed after the exception line.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing {s!r}")
        e.add_note("second note\nwith two lines")
        raise
parse("12")
parse("twelve")
