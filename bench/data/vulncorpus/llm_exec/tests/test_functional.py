import app

def test_calls_model():
    seen = []
    class C:
        class chat:
            class completions:
                @staticmethod
                def create(**k):
                    seen.append(k)
                    class M: content = "x = 1"
                    class Ch: message = M
                    class R: choices = [Ch]
                    return R
    app.run_generated(C, "t")
    assert seen
