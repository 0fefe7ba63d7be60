from flask import Flask, request

app = Flask(__name__)


@app.route("/files")
def read_file():
    name = request.args.get("name")
    with open("/srv/files/" + name) as fh:
        return fh.read()
