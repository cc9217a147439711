# Helper module with a __main__ guard.
def main():
    return "main() ran"
if __name__ == "__main__":
    print("guarded: running as a script")
else:
    print("guarded: imported as", __name__)
