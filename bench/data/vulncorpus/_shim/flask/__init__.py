"""A stand-in for Flask so corpus samples import without the real package installed.

Scanners match on `flask` names in the source; the tests only need routes recorded.
"""


class _Args(dict):
    def get(self, key, default=None):
        return super().get(key, default)


class _Request:
    args = _Args()
    form = _Args()


request = _Request()


def render_template_string(source, **context):
    return source


class Flask:
    def __init__(self, name):
        self.name = name
        self.routes = {}
        self.ran = {}

    def route(self, path, **options):
        def register(view):
            self.routes[path] = view
            return view

        return register

    def run(self, **options):
        self.ran = options
