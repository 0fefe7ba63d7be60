import jinja2


def render_greeting(name):
    env = jinja2.Environment(loader=jinja2.DictLoader({"g.html": "<p>Hello {{ name }}</p>"}))
    return env.get_template("g.html").render(name=name)
