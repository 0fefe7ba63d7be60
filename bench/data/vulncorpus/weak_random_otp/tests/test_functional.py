import app

def test_six_digits():
    assert 100000 <= app.new_otp() <= 999999
