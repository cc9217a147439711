# importlib.metadata over a .dist-info folder found on sys.path.
import sys
import importlib.metadata as md
sys.path.insert(0, "imports/_support/dists")
dist = md.distribution("demo-pkg")
print(dist.metadata["Name"], dist.version, md.version("demo_pkg"), dist.metadata["Summary"])
print(md.requires("demo-pkg"))
eps = md.entry_points(group="demo.plugins")
print([(ep.name, ep.value, ep.group) for ep in eps])
ep = eps["first"]
print(ep.module, ep.attr, ep.load()())
print([ep.name for ep in dist.entry_points.select(group="console_scripts")])
print(sorted(str(f) for f in dist.files))
print(md.packages_distributions().get("demo_pkg"))
try:
    md.version("no-such-distribution")
except md.PackageNotFoundError as e:
    print(type(e).__name__, e)
