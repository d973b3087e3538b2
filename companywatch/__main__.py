from companywatch.cli import main

raise SystemExit(main())
