from .. import alpha
NAME = "gamma sees " + alpha.NAME
