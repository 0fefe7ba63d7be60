import app

def test_counts(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("a\nb\n")
    assert app.count_lines(str(f)) == 2
