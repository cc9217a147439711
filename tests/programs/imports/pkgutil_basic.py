# pkgutil over the import system: iter_modules, get_data, get_importer, resolve_name.
import sys
import pkgutil
sys.path.insert(0, "imports")
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules(["imports/_support/pkg"])))
print(sorted(m.name for m in pkgutil.iter_modules(["imports/_support"], "sup."))[:4])
print(pkgutil.get_data("_support", "plain_source.py").splitlines()[0])
print(type(pkgutil.get_importer("imports/_support")).__name__)
print(pkgutil.resolve_name("os.path:join").__name__, pkgutil.resolve_name("_support.pkg.helper").__name__)
print(pkgutil.extend_path(["x"], "nothing_here"))
print(pkgutil.get_loader("_support.mod_a").name if hasattr(pkgutil.get_loader("_support.mod_a"), "name") else None)
