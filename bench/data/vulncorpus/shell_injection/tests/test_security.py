import app

def test_metacharacters_not_run(tmp_path):
    marker = tmp_path / "pwned"
    f = tmp_path / "x.txt"
    f.write_text("a\n")
    try:
        app.count_lines(f"{f}; touch {marker}")
    except Exception:
        pass
    assert not marker.exists()
