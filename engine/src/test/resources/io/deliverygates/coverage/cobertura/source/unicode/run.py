import app.zero, app.empty_pkg, app.sub
import importlib
m = importlib.import_module("app.ünï.calc_ß")
m.sign(3); m.sign(0); m.loop(3)
