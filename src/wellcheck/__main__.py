from wellcheck.cli import main

raise SystemExit(main())
