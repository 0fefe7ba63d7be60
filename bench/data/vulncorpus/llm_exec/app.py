def run_generated(client, task):
    reply = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": task}]
    )
    code = reply.choices[0].message.content
    exec(code)
