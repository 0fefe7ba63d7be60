import pathlib

def test_no_string_template():
    assert "render_template_string(" not in pathlib.Path(__file__).with_name("app.py").read_text()
