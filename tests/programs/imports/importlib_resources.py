# importlib.resources: files(), reading package data, as_file.
import sys
import importlib.resources as resources
sys.path.insert(0, "imports")
root = resources.files("_support.pkg_data")
print(type(root).__name__, root.name)
print(sorted(p.name for p in root.iterdir() if not p.name.startswith("__")))
print(root.joinpath("data.txt").read_text().splitlines())
print((root / "blob.bin").read_bytes())
print(root.joinpath("data.txt").is_file(), root.joinpath("nothing").exists(), root.is_dir())
with resources.as_file(root / "data.txt") as path:
    print(path.name, path.exists())
with (root / "data.txt").open() as f:
    print(f.readline().strip())
