import app

def test_writes():
    assert open(app.write_report("hi")).read() == "hi"
