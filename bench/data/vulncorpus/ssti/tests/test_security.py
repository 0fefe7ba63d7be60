import pathlib

def test_no_string_template():
    assert "render_template_string(" not in pathlib.Path(__file__).parents[1].joinpath("app.py").read_text()
