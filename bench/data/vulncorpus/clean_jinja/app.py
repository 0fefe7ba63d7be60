import jinja2


def render(name):
    env = jinja2.Environment(autoescape=jinja2.select_autoescape())
    return env.from_string("<p>{{ n }}</p>").render(n=name)
